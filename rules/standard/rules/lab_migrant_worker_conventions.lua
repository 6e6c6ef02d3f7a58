-- The ILO migrant worker conventions (C097, C143) require equal treatment of lawfully resident migrant workers.
-- Scoring: the share of the two ratified.
local conventions = { "C097", "C143" }

-- The share of `conventions` the country ratified (one catalogue fact per convention), and those it did not.
local function ratified_share(c, conventions)
  local missing = {}
  for _, convention in ipairs(conventions) do
    if not c:fact("intl.ilo." .. string.lower(convention)) then missing[#missing + 1] = convention end
  end
  return (#conventions - #missing) / #conventions, missing
end

return {
  id = "lab.migrant_worker_conventions",
  title = "ILO migrant worker conventions ratified",
  domain = "labour_rights",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "ILO Migration for Employment Convention (Revised), 1949 (No. 97)",
    "ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)",
  },
  reads = { "intl.ilo.c097", "intl.ilo.c143" },
  action = {
    action = "Ratify ILO Conventions Nos. 97 and 143 on migrant workers' equal treatment.",
    instrument = "ILO Conventions Nos. 97 and 143",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations" },
    pledge = "Ratify the ILO migrant worker conventions.",
  },
  evaluate = function(c)
    local share, missing = ratified_share(c, conventions)
    if #missing == 0 then return 1, "Both migrant worker conventions (C097, C143) are ratified." end
    return share, "Not ratified: " .. table.concat(missing, ", ") .. "."
  end,
}
