-- Refugees often lack documents: recognition procedures that work without full papers matter for skilled work.
-- Scoring: accessible 1, with barriers 0.5, none 0.
return {
  id = "rtw.qualification_recognition",
  title = "Recognition of qualifications",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "ILO Recommendation No. 205 (2017), Part XI",
    "Global Compact on Refugees, para. 69 (skills and qualifications)",
  },
  reads = { "rtw.qualification_recognition" },
  action = {
    action = "Create a recognition procedure for refugees' qualifications that works without full documents.",
    instrument = "ILO Recommendation No. 205, Part XI",
    outcome = 3,
    lead = "ILO",
    partners = { "ministry of education", "qualification authority", "employers' organisations" },
    pledge = "Recognise refugees' skills and qualifications through an accessible procedure.",
  },
  evaluate = function(c)
    local value = c:fact("rtw.qualification_recognition")
    local score = score_of(value, { accessible = 1, with_barriers = 0.5, none = 0 })
    local why = {
      accessible = "A recognition procedure exists and they can use it, even without full documents.",
      with_barriers = "A recognition procedure exists, but documents, fees or steps stop many.",
      none = "No recognition procedure is open to them.",
    }
    return score, why[value]
  end,
}
