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
  reads = { "intl.ilo.c118", "intl.ilo.c102" },
  action = {
    action = "Ratify ILO Conventions Nos. 102 and 118, which extend social security equality to refugees.",
    instrument = "ILO Conventions Nos. 102 and 118",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "social security institution" },
    pledge = "Ratify ILO Conventions Nos. 102 and 118.",
  },
  evaluate = function(c)
    -- C118 weighs twice C102: its Art. 10 extends equality of treatment in social security to refugees and
    -- stateless persons expressly, where C102 sets minimum standards for nationals and non-nationals alike.
    local c118, c102 = c:fact("intl.ilo.c118"), c:fact("intl.ilo.c102")
    if c118 and c102 then return 1, "Both C102 and C118 are ratified." end
    local score = ((c118 and 2 or 0) + (c102 and 1 or 0)) / 3
    local missing = {}
    if not c102 then missing[#missing + 1] = "C102" end
    if not c118 then missing[#missing + 1] = "C118 (equality of treatment, which covers refugees)" end
    return score, "Not ratified: " .. table.concat(missing, ", ") .. "."
  end,
}
