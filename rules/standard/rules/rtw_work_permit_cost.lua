-- Work-permit fees are one of the practical barriers the ILO lists (permit criteria, fees, prior job offer, quotas).
-- Scoring: no permit needed 1, free 2/3, reduced fee 1/3, full fee 0.
return {
  id = "rtw.work_permit_cost",
  title = "Cost of a work permit",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "1951 Refugee Convention, Art. 17",
  },
  reads = { "rtw.work_permit.fee" },
  action = {
    action = "Waive work-permit fees for refugees, or remove the separate permit.",
    instrument = "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    outcome = 1,
    lead = "ILO",
    partners = { "ministry of labour", "employers' organisations" },
    pledge = "Waive work-permit fees for refugees and asylum seekers.",
  },
  evaluate = function(c)
    local value = c:fact("rtw.work_permit.fee")
    local score = score_of(value, { no_permit_needed = 1, free = 2 / 3, reduced = 1 / 3, full = 0 })
    local why = {
      no_permit_needed = "They need no separate work permit, so there is no fee.",
      free = "A work permit is needed, but it is free or the fee is waived for them.",
      reduced = "A work permit is needed and they pay a reduced fee.",
      full = "A work permit is needed and they pay the full fee charged to other foreign workers.",
    }
    return score, why[value]
  end,
}
