-- The standard workrights rule pack: refugees' right to work, labour rights and social protection,
-- de jure (law and policy) and de facto (practice). docs/rules.md lists every rule; docs/methodology.md
-- explains the scoring.
-- The priority function's notes are read by advisers: each fact is named in words, its id in brackets for those
-- who look it up. Built once here, not on every call (the function runs per country and per draw).
local fact_words = {
  ["pop.refugees"] = "the number of refugees",
  ["pop.asylum_seekers"] = "the number of asylum seekers",
  ["pop.other_in_need_of_protection"] = "the number of other people in need of international protection",
  ["open.grf_livelihoods_pledge"] = "whether the government made a Global Refugee Forum livelihoods pledge",
  ["open.prospects_partnership"] = "whether the country is in the PROSPECTS partnership",
  ["open.crrf_rollout"] = "whether the country applied the Comprehensive Refugee Response Framework",
  ["open.ida_refugee_window"] = "whether the country is eligible for the IDA refugee window",
}
local function named(f) return fact_words[f] .. " (" .. f .. ")" end

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
    -- right to work: legal framework, law (de jure), then practice (de facto)
    "rules/legal_refugee_convention.lua",
    "rules/legal_icescr.lua",
    "rules/legal_regional_instrument.lua",
    "rules/legal_national_refugee_law.lua",
    "rules/legal_right_to_work_in_law.lua",
    "rules/rtw_wage_employment.lua",
    "rules/rtw_self_employment.lua",
    "rules/rtw_liberal_professions.lua",
    "rules/rtw_qualification_recognition.lua",
    "rules/rtw_closed_sectors_and_quotas.lua",
    "rules/rtw_work_permit_cost.lua",
    "rules/rtw_permit_conditions.lua",
    "rules/rtw_asylum_seekers_waiting_period.lua",
    "rules/rtw_waiting_period.lua",
    "rules/rtw_parity_across_statuses.lua",
    "rules/rtw_freedom_of_movement.lua",
    "rules/rtw_bank_accounts.lua",
    "rules/rtw_land_and_property.lua",
    "rules/rtw_status_document.lua",
    "rules/rtw_permits_in_practice.lua",
    "rules/rtw_work_permits_issued.lua",
    "rules/rtw_formal_employment.lua",
    "rules/rtw_harassment_for_working.lua",
    "rules/rtw_movement_in_practice.lua",
    "rules/rtw_documentation_in_practice.lua",
    -- labour rights
    "rules/lab_core_conventions.lua",
    "rules/lab_migrant_worker_conventions.lua",
    "rules/lab_equal_treatment.lua",
    "rules/lab_minimum_wage.lua",
    "rules/lab_union_rights.lua",
    "rules/lab_remedies_in_practice.lua",
    "rules/lab_labour_inspection.lua",
    "rules/lab_child_labour.lua",
    "rules/lab_forced_labour.lua",
    -- social protection
    "rules/sp_social_security_conventions.lua",
    "rules/sp_employment_injury.lua",
    "rules/sp_sickness.lua",
    "rules/sp_maternity.lua",
    "rules/sp_unemployment.lua",
    "rules/sp_old_age.lua",
    "rules/sp_social_assistance.lua",
    "rules/sp_assistance_kept_when_working.lua",
    "rules/sp_health_coverage.lua",
    "rules/sp_employment_services.lua",
    "rules/sp_vocational_training.lua",
    "rules/sp_social_security_in_practice.lua",
    "rules/sp_health_access_in_practice.lua",
  },
  -- Global Compact on Refugees indicators (`workrights indicators`; docs/indicators.md says what was read of the
  -- framework and how they are computed). Per country, the rules under `law` / `practice` combine into a share
  -- ("min": every rule must hold; "mean": their unweighted mean), each with its interval when unknown; across
  -- countries the shares are weighted by the sum of the `population` facts. Advisers change the mapping here.
  indicators = {
    {
      id = "2.1.1",
      title = "Proportion of refugees with access to decent work",
      source = "GCR indicator framework (UNHCR, July 2019; refined 2022), Objective 2, as described in the 2022 Global Refugee Work Rights Report (CGD, Asylum Access, Refugees International) and the 2021 GCR Indicator Report",
      definition = "under Objective 2 of the Global Compact on Refugees, to “enhance refugee self-reliance,” two of the four indicators are the proportion of refugees with access to decent work and the proportion of refugees who are able to move freely within the host country",
      -- Refugees and others in need of international protection (Venezuelans displaced abroad), as the 2021 report counts them.
      population = { "pop.refugees", "pop.other_in_need_of_protection" },
      -- Work in law: wage employment and self-employment (the right to work), and equal treatment once at work (decent).
      law = { rules = { "rtw.wage_employment", "rtw.self_employment", "lab.equal_treatment" }, combine = "mean" },
      -- Work in practice: legal work obtainable, formal rather than informal, without harassment for working.
      practice = { rules = { "rtw.permits_in_practice", "rtw.formal_employment", "rtw.harassment_for_working" }, combine = "mean" },
    },
    {
      id = "2.1.2",
      title = "Proportion of refugees who are able to move freely within the host country",
      source = "GCR indicator framework (UNHCR, July 2019; refined 2022), Objective 2, as described in the 2022 Global Refugee Work Rights Report (CGD, Asylum Access, Refugees International)",
      definition = "under Objective 2 of the Global Compact on Refugees, to “enhance refugee self-reliance,” two of the four indicators are the proportion of refugees with access to decent work and the proportion of refugees who are able to move freely within the host country",
      population = { "pop.refugees", "pop.other_in_need_of_protection" },
      law = { rules = { "rtw.freedom_of_movement" }, combine = "min" },
      practice = { rules = { "rtw.movement_in_practice" }, combine = "min" },
    },
  },
  -- The priority index for joint action (`workrights rank`): improvement potential x reach x openness.
  --   improvement: the gap to full marks, 1 - overall score (unknown when no rule is known; a note warns
  --     when fewer than 30% of the rules could be scored);
  --   reach: log10(1 + people), people = refugees + asylum seekers + others in need of international
  --     protection, the sum of those known (unknown when none is: in Colombia or Peru most people concerned
  --     are Venezuelans counted as "others in need", so no single group can be required); the notes say
  --     which were not known;
  --   openness: 0.5 + 0.5 x the share of known openness signals that are positive (Global Refugee Forum
  --     livelihoods pledge, PROSPECTS, CRRF, IDA refugee window); the neutral 0.5 when none is known.
  -- Advisers change these terms here, not in C++.
  priority = {
    description = "improvement potential (1 - overall score) x reach (log10 of people concerned) x openness signals",
    reads = {
      "pop.refugees", "pop.asylum_seekers", "pop.other_in_need_of_protection",
      "open.grf_livelihoods_pledge", "open.prospects_partnership", "open.crrf_rollout", "open.ida_refugee_window",
    },
    evaluate = function(c)
      local notes = {}
      local improvement = 1 - c:score("overall")
      -- A score resting on few rules can look complete (Chile scores 1.00 on 18% of the rules); say so.
      local coverage = c:score("coverage")
      if coverage < 0.3 then
        notes[#notes + 1] = string.format(
          "only %d%% of the rules (by weight) could be scored, so the improvement term rests on little data", math.floor(coverage * 100 + 0.5))
      end
      local people, counted = 0, 0
      for _, f in ipairs({ "pop.refugees", "pop.asylum_seekers", "pop.other_in_need_of_protection" }) do
        if c:known(f) then
          people = people + c:fact(f)
          counted = counted + 1
        else
          notes[#notes + 1] = named(f) .. " is unknown, so not counted in the people concerned"
        end
      end
      if counted == 0 then
        c:fact("pop.refugees")  -- stops here: the index is unknown, and reports name the missing fact
      end
      local signals, positive = 0, 0
      for _, f in ipairs({ "open.grf_livelihoods_pledge", "open.prospects_partnership", "open.crrf_rollout",
                           "open.ida_refugee_window" }) do
        if c:known(f) then
          signals = signals + 1
          if c:fact(f) then positive = positive + 1 end
        else
          notes[#notes + 1] = named(f) .. " is unknown, so not counted in openness"
        end
      end
      local openness = 0.5
      if signals > 0 then
        openness = 0.5 + 0.5 * positive / signals
      else
        notes[#notes + 1] = "no openness signal is known: openness is the neutral 0.5"
      end
      local reach = math.log(1 + people, 10)
      return improvement * reach * openness,
        { improvement = improvement, people = people, reach = reach, openness = openness }, notes
    end,
  },
}
