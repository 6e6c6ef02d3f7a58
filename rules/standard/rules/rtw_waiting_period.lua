-- The wait before the group being assessed may work (Türkiye's people under temporary protection wait six
-- months). Each group's own entry counts: the assessed group's wait, not only asylum seekers'.
-- Scoring: at once 1; up to 3 months 0.75; up to 6 months 0.5; up to 12 months 0.25; longer 0; and 0 when the
-- law keeps the group out of wage employment altogether.
return {
  id = "rtw.waiting_period",
  title = "No wait before the group may work",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "1951 Refugee Convention, Art. 17",
  },
  reads = { "rtw.waiting_period_months", "rtw.wage_employment" },
  thresholds = { ["rtw.waiting_period_months"] = { 0, 3, 6, 12 } },
  action = {
    action = "Let the group work as soon as it is registered, without a waiting period.",
    instrument = "ILO Guiding principles (2016)",
    outcome = 1,
    lead = "ILO",
    partners = { "ministry of labour", "migration authority" },
    pledge = "Remove the waiting period before people under protection may work.",
  },
  evaluate = function(c)
    -- A group the law keeps out of wage employment altogether waits for ever: no month count is needed.
    if c:known("rtw.wage_employment") and c:fact("rtw.wage_employment") == "none" then
      return 0, "The group may not take wage employment at all."
    end
    local months = c:fact("rtw.waiting_period_months")
    local score
    if months == 0 then score = 1
    elseif months <= 3 then score = 0.75
    elseif months <= 6 then score = 0.5
    elseif months <= 12 then score = 0.25
    else score = 0 end
    if months == 0 then return score, "They may work from the start." end
    return score, string.format("They may work only after %g months.", months)
  end,
}
