-- Closed sectors and quotas are among the ILO's listed practical barriers to refugees' work.
-- Scoring: neither 1, one of the two 0.5, both 0. Both facts are needed.
return {
  id = "rtw.closed_sectors_and_quotas",
  title = "No closed sectors or quotas",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "1951 Refugee Convention, Art. 17(3)",
  },
  reads = { "rtw.closed_sectors", "rtw.quota" },
  action = {
    action = "Open closed sectors and lift quotas on employing refugees.",
    instrument = "1951 Refugee Convention, Art. 17(3)",
    outcome = 1,
    lead = "ILO",
    partners = { "ministry of labour", "employers' organisations", "workers' organisations" },
    pledge = "Open all sectors to refugees and remove quotas on their employment.",
  },
  evaluate = function(c)
    local closed = c:fact("rtw.closed_sectors")
    local quota = c:fact("rtw.quota")
    if closed and quota then
      return 0, "Some sectors or professions are closed to them, and quotas limit their employment."
    elseif closed then
      return 0.5, "Some sectors or professions are closed to them; no quota applies."
    elseif quota then
      return 0.5, "No sector is closed to them, but quotas limit their employment."
    end
    return 1, "No sector is closed to them and no quota applies."
  end,
}
