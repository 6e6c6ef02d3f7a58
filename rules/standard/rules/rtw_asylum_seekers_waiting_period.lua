-- Asylum seekers' access to work while their claim is pending. The EU Reception Conditions Directive caps the
-- wait at 9 months; the ILO Guiding principles ask for access for asylum seekers too.
-- Scoring: at once 1; up to 3 months 0.75; up to 6 months 0.5; up to 9 months 0.25; longer 0; and 0 when the
-- law gives asylum seekers no right to wage employment at all.
return {
  id = "rtw.asylum_seekers_waiting_period",
  title = "Asylum seekers' wait before they may work",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "EU Reception Conditions Directive 2013/33/EU, Art. 15 (for EU member states)",
  },
  reads = { "rtw.wage_employment", "rtw.waiting_period_months" },
  thresholds = { ["rtw.waiting_period_months"] = { 0, 3, 6, 9 } },
  action = {
    action = "Let asylum seekers work early in the procedure, at the latest after a few months.",
    instrument = "ILO Guiding principles (2016)",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "ministry of labour" },
    pledge = "Allow asylum seekers to work within three months of applying.",
  },
  evaluate = function(c)
    if c:known("rtw.wage_employment", "asylum_seekers")
        and c:fact("rtw.wage_employment", "asylum_seekers") == "none" then
      return 0, "Asylum seekers may not take wage employment."
    end
    local months = c:fact("rtw.waiting_period_months", "asylum_seekers")
    local when = months == 0 and "at once" or string.format("after %g months", months)
    local score
    if months == 0 then score = 1
    elseif months <= 3 then score = 0.75
    elseif months <= 6 then score = 0.5
    elseif months <= 9 then score = 0.25
    else score = 0 end
    return score, "Asylum seekers may work " .. when .. "."
  end,
}
