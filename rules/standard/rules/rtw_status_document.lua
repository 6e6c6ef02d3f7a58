-- Without a document employers and authorities recognise, the right to work cannot be exercised.
-- Scoring: provided 1, not provided 0.
return {
  id = "rtw.status_document",
  title = "A status document employers must recognise",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Arts. 25 and 27 (administrative assistance, identity papers)",
  },
  reads = { "doc.status_document" },
  action = {
    action = "Issue every refugee an identity document valid for work, banking and travel within the country.",
    instrument = "1951 Refugee Convention, Art. 27",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "civil registry" },
    pledge = "Issue refugees identity documents that employers and banks must accept.",
  },
  evaluate = function(c)
    local value = c:fact("doc.status_document")
    local score = score_of(value, { [true] = 1, [false] = 0 })
    local why = {
      [true] = "The law gives them an identity or status document that employers and authorities must recognise.",
      [false] = "The law gives them no identity document that employers must recognise.",
    }
    return score, why[value]
  end,
}
