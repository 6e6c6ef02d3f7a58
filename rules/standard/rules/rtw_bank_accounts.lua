-- Wages, business and savings need an account; the Global Refugee Work Rights Report counts financial access among work rights.
-- Scoring: allowed 1, restricted 0.5, not allowed 0.
return {
  id = "rtw.bank_accounts",
  title = "Opening a bank account",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.75,
  instruments = {
    "Global Compact on Refugees, para. 70 (financial services)",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "fin.bank_account" },
  action = {
    action = "Instruct banks to accept refugee status documents for opening accounts.",
    instrument = "Global Compact on Refugees, para. 70",
    outcome = 3,
    lead = "UNHCR",
    partners = { "central bank", "banking association" },
    pledge = "Accept refugee identity documents for opening bank and mobile-money accounts.",
  },
  evaluate = function(c)
    local value = c:fact("fin.bank_account")
    local score = score_of(value, { allowed = 1, restricted = 0.5, not_allowed = 0 })
    local why = {
      allowed = "They can open a bank account with their status document.",
      restricted = "They can open an account only with extra documents or at some institutions.",
      not_allowed = "They cannot open a bank account.",
    }
    return score, why[value]
  end,
}
