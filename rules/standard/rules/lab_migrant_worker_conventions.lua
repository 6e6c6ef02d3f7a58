-- The ILO migrant worker conventions (C097, C143) require equal treatment of lawfully resident migrant workers.
-- Scoring: the share of the two ratified.
local conventions = { "C097", "C143" }

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
  reads = { "intl.ilo_conventions_ratified" },
  action = {
    action = "Ratify ILO Conventions Nos. 97 and 143 on migrant workers' equal treatment.",
    instrument = "ILO Conventions Nos. 97 and 143",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations" },
    pledge = "Ratify the ILO migrant worker conventions.",
  },
  evaluate = function(c)
    local share, missing = share_in(c:fact("intl.ilo_conventions_ratified"), conventions)
    if #missing == 0 then return 1, "Both migrant worker conventions (C097, C143) are ratified." end
    return share, "Not ratified: " .. table.concat(missing, ", ") .. "."
  end,
}
