-- The ILO conventions on fundamental principles and rights at work protect every worker, refugees included.
-- Scoring: the share ratified of C029, C087, C098, C100, C105, C111, C138, C155, C182 (ILO NORMLEX).
local fundamental = { "C029", "C087", "C098", "C100", "C105", "C111", "C138", "C155", "C182" }

return {
  id = "lab.core_conventions",
  title = "Fundamental ILO conventions ratified",
  domain = "labour_rights",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Declaration on Fundamental Principles and Rights at Work (1998, amended 2022)",
    "ILO fundamental conventions: Nos. 29, 87, 98, 100, 105, 111, 138, 155, 182",
  },
  reads = { "intl.ilo_conventions_ratified" },
  action = {
    action = "Ratify the fundamental ILO conventions not yet ratified, and apply them to refugee workers.",
    instrument = "ILO Declaration on Fundamental Principles and Rights at Work",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations", "employers' organisations" },
    pledge = "Ratify the outstanding fundamental ILO conventions.",
  },
  evaluate = function(c)
    local share, missing = share_in(c:fact("intl.ilo_conventions_ratified"), fundamental)
    if #missing == 0 then
      return 1, "All nine fundamental conventions checked are ratified."
    end
    return share, string.format("%d of %d fundamental conventions ratified; not ratified: %s.",
      #fundamental - #missing, #fundamental, table.concat(missing, ", "))
  end,
}
