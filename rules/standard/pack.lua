-- The standard workrights rule pack: refugees' right to work, labour rights and social protection,
-- de jure (law and policy) and de facto (practice). docs/rules.md lists every rule; docs/methodology.md
-- explains the scoring.
return {
  name = "standard",
  version = "0.1.0",
  description = "Right to work, labour rights and social protection of refugees and other forcibly displaced people, in law and in practice.",
  -- Weighted arithmetic mean of known results; "geometric" penalises a total gap in any rule.
  aggregation = "arithmetic",
  domains = {
    { id = "right_to_work", title = "Right to work", weight = 0.4 },
    { id = "labour_rights", title = "Labour rights", weight = 0.3 },
    { id = "social_protection", title = "Social protection", weight = 0.3 },
  },
  rules = {
    "rules/rtw_wage_employment.lua",
    "rules/rtw_self_employment.lua",
    "rules/rtw_work_permit_cost.lua",
    "rules/rtw_freedom_of_movement.lua",
    "rules/rtw_permits_in_practice.lua",
    "rules/rtw_harassment_for_working.lua",
    "rules/lab_equal_treatment.lua",
    "rules/lab_union_rights.lua",
    "rules/lab_remedies_in_practice.lua",
    "rules/sp_employment_injury.lua",
    "rules/sp_health_coverage.lua",
    "rules/sp_assistance_kept_when_working.lua",
    "rules/sp_social_security_in_practice.lua",
  },
}
