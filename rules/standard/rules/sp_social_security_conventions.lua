-- ILO C102 sets minimum social security standards; C118 requires equal treatment of non-nationals, with
-- refugees and stateless persons covered without reciprocity (Art. 10). Scoring: the share of the two ratified.
local conventions = { "C102", "C118" }

return {
  id = "sp.social_security_conventions",
  title = "ILO social security conventions ratified",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "ILO Social Security (Minimum Standards) Convention, 1952 (No. 102)",
    "ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118), Art. 10",
  },
  reads = { "intl.ilo_conventions_ratified" },
  action = {
    action = "Ratify ILO Conventions Nos. 102 and 118, which extend social security equality to refugees.",
    instrument = "ILO Conventions Nos. 102 and 118",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "social security institution" },
    pledge = "Ratify ILO Conventions Nos. 102 and 118.",
  },
  evaluate = function(c)
    local share, missing = share_in(c:fact("intl.ilo_conventions_ratified"), conventions)
    if #missing == 0 then return 1, "Both C102 and C118 are ratified." end
    return share, "Not ratified: " .. table.concat(missing, ", ") .. "."
  end,
}
