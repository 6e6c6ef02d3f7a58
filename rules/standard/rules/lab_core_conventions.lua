-- The ILO conventions on fundamental principles and rights at work protect every worker, refugees included.
-- Scoring: the share ratified of C029, C087, C098, C100, C105, C111, C138, C155, C182 (ILO NORMLEX, one fact
-- per convention from data/tables/ilo-*.json). C187, fundamental since 2022 with C155, is left out until a
-- complete ratification list for it is in the dataset: an always-unknown convention would keep the rule unknown.
local fundamental = { "C029", "C087", "C098", "C100", "C105", "C111", "C138", "C155", "C182" }

-- The share of `conventions` the country ratified (one catalogue fact per convention), and those it did not.
local function ratified_share(c, conventions)
  local missing = {}
  for _, convention in ipairs(conventions) do
    if not c:fact("intl.ilo." .. string.lower(convention)) then missing[#missing + 1] = convention end
  end
  return (#conventions - #missing) / #conventions, missing
end

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
  reads = {
    "intl.ilo.c029", "intl.ilo.c087", "intl.ilo.c098", "intl.ilo.c100", "intl.ilo.c105", "intl.ilo.c111",
    "intl.ilo.c138", "intl.ilo.c155", "intl.ilo.c182",
  },
  action = {
    action = "Ratify the fundamental ILO conventions not yet ratified, and apply them to refugee workers.",
    instrument = "ILO Declaration on Fundamental Principles and Rights at Work",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations", "employers' organisations" },
    pledge = "Ratify the outstanding fundamental ILO conventions.",
  },
  evaluate = function(c)
    local share, missing = ratified_share(c, fundamental)
    if #missing == 0 then
      return 1, "All nine fundamental conventions checked are ratified."
    end
    return share, string.format("%d of %d fundamental conventions ratified; not ratified: %s.",
      #fundamental - #missing, #fundamental, table.concat(missing, ", "))
  end,
}
