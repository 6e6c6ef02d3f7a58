-- Self-employment in law: 1951 Convention Art. 18. Levels as for wage employment (1, 2/3, 1/3, 0).
-- A business that cannot be registered cannot grow or formalise, so where registration is not allowed the
-- score is capped at 1/3 (restricted); where it has extra conditions, 1/6 is taken off.
return {
  id = "rtw.self_employment",
  title = "Right to self-employment and to register a business",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 18 (self-employment)",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "rtw.self_employment", "rtw.business_registration" },
  action = {
    action = "Let refugees work on their own account and register businesses on the same terms as other foreigners.",
    instrument = "1951 Refugee Convention, Art. 18",
    outcome = 3,
    lead = "ILO",
    partners = { "ministry of trade", "business registration authority", "refugee-led organisations" },
    pledge = "Open business registration to refugees with their status document.",
  },
  evaluate = function(c)
    local access = c:fact("rtw.self_employment")
    local score = score_of(access, { full = 1, conditional = 2 / 3, restricted = 1 / 3, none = 0 })
    local why = ({
      full = "The law lets them work on their own account as nationals do",
      conditional = "The law lets them work on their own account, with extra permits or conditions",
      restricted = "The law lets them work on their own account only in some activities or places",
      none = "The law does not let them work on their own account",
    })[access]
    if not c:known("rtw.business_registration") or access == "none" then
      return score, why .. "."
    end
    local registration = c:fact("rtw.business_registration")
    if registration == "not_allowed" then
      return math.min(score, 1 / 3), why .. ", but they cannot register a business in their own name."
    elseif registration == "restricted" then
      return math.max(score - 1 / 6, 0), why .. "; registering a business needs extra conditions."
    end
    return score, why .. ", and they can register a business."
  end,
}
