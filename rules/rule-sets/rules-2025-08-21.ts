// Rule set "2025-08-21": the service's funding decision from 21 August 2025 to 31 May 2026.
// Source: funding-rules.md "Rule set 2025-08-21"; the service at e3b62ac, with the unfunded cohort
// check of 96cc7ab applied throughout (no cohort was zero-funded before it, so no decision changes).

import type { RuleSetDefinition } from "../rule-set.ts";
import { service2025August, serviceUnfundedCohort } from "../service-commits.ts";
import {
  CHILDMINDER,
  EARLY_YEARS_LEADERSHIP,
  LA_NURSERY_SCHOOL,
  ON_PP50_LIST_FOR_SETTING,
} from "./shared-conditions.ts";
import { openingSteps, otherSettingSteps, schoolSettingSteps } from "./later-shared-steps.ts";
import { DIFFERENCES_2025_08_21 } from "./later-differences.ts";

const REVIEW_COURSES = { or: "NPQH or NPQSENCO", and: "NPQH and NPQSENCO" };
const cite = service2025August;

export const RULES_2025_08_21: RuleSetDefinition = {
  id: "2025-08-21",
  validFrom: "2025-08-21",
  title: "Funding rules from 21 August 2025",
  summary:
    "Routing by work setting. England, then previous funding, then the early headship coaching offer come first for everyone. Schools: RISE first, then establishment type, then PP50 for eight courses. Early years: the LA nursery, childminder and disadvantaged early years lists decide. Virtual schools, hospital schools, young offender institutions and LA supply teachers go to review for NPQH and NPQSENCO.",
  steps: [
    ...openingSteps(cite, serviceUnfundedCohort("unfunded cohort check")),
    {
      id: "ey-la-nursery-school",
      question: "Is the workplace a local authority nursery school (establishment type 15)?",
      rule: "A local authority nursery school is decided on the course and the LA disadvantaged nursery list.",
      test: LA_NURSERY_SCHOOL,
      yes: "next",
      no: { goTo: "ey-childminder" },
      source: cite("local authority nursery schools"),
    },
    {
      id: "ey-la-nursery-course",
      question: "Is the course one a local authority nursery school can be funded for (NPQSENCO, NPQH or NPQEYL)?",
      rule: "At a local authority nursery school, courses other than NPQSENCO, NPQH and NPQEYL are not funded.",
      test: { courseIn: { param: "la-nursery-approved-courses" } },
      yes: "next",
      no: { outcome: "early_years_invalid_npq" },
      source: cite("courses for local authority nursery schools"),
    },
    {
      id: "ey-la-disadvantaged-nursery",
      question: "Is the nursery school on the LA disadvantaged nursery list?",
      rule: "A local authority nursery school is funded only if on the LA disadvantaged nursery list.",
      test: { onList: "la-disadvantaged-nurseries" },
      yes: { outcome: "funded" },
      no: { outcome: "ineligible_establishment_type" },
      source: cite("LA disadvantaged nursery list"),
    },
    {
      id: "ey-childminder",
      question: "Is the applicant a childminder?",
      rule: "Childminders are decided on the childminders list.",
      test: CHILDMINDER,
      yes: "next",
      no: { goTo: "ey-early-years-leadership" },
      source: cite("early years: kind of nursery"),
    },
    {
      id: "ey-childminder-course",
      question: "Is the course early years leadership (NPQEYL)?",
      rule: "A childminder can be funded for NPQEYL only.",
      test: EARLY_YEARS_LEADERSHIP,
      yes: "next",
      no: { outcome: "early_years_invalid_npq" },
      source: cite("childminders: early years leadership only"),
    },
    {
      id: "ey-childminder-institution-known",
      question: "Has the childminder named their registration (the institution)?",
      rule: "A childminder's funding cannot be decided without the registered childminder.",
      test: { hasInstitution: true },
      yes: "next",
      no: { error: "missing_mandatory_institution", needs: "the childminder's registration (institution)" },
      source: cite("institution required for childminders"),
    },
    {
      id: "ey-childminder-listed",
      question: "Is the childminder on DfE's childminders list?",
      rule: "A childminder is funded for NPQEYL only if on the childminders list.",
      test: { onList: "childminders" },
      yes: { outcome: "funded" },
      no: { outcome: "not_entitled_childminder" },
      source: cite("childminders list"),
    },
    {
      id: "ey-early-years-leadership",
      question: "Is the course early years leadership (NPQEYL)?",
      rule: "In other early years settings, only NPQEYL can be funded.",
      test: EARLY_YEARS_LEADERSHIP,
      yes: "next",
      no: { outcome: "early_years_invalid_npq" },
      source: cite("early years settings: early years leadership only"),
    },
    {
      id: "ey-institution-known",
      question: "Has the applicant named the early years setting they work at?",
      rule: "NPQEYL in an early years setting cannot be decided without the setting.",
      test: { hasInstitution: true },
      yes: "next",
      no: { error: "missing_mandatory_institution", needs: "the early years setting the applicant works at" },
      source: cite("institution required for early years settings"),
    },
    {
      id: "ey-disadvantaged-early-years",
      question: "Is the setting on the disadvantaged early years list?",
      rule: "An early years setting is funded for NPQEYL only if on the disadvantaged early years list.",
      test: { onList: "disadvantaged-early-years" },
      yes: { outcome: "funded" },
      no: { outcome: "not_entitled_ey_institution" },
      source: cite("disadvantaged early years list"),
    },
    ...schoolSettingSteps(cite),
    {
      id: "school-pp50-course",
      question: "Is the course one funded only in PP50 settings (NPQLPM, NPQLBC, NPQLL, NPQLT, NPQLTD, NPQSL, NPQEL or NPQEYL)?",
      rule: "NPQH, NPQSENCO and the ASO are funded at every eligible school; the others need a PP50 setting.",
      test: { courseIn: { param: "pp50-only-courses" } },
      yes: "next",
      no: { outcome: "funded" },
      source: cite("PP50-only courses"),
    },
    {
      id: "school-pp50",
      question: "Is the workplace on the PP50 list (the further education list for a 16 to 19 setting, the schools list otherwise)?",
      rule: "A PP50-only course is funded at a PP50 school or 16 to 19 setting.",
      test: ON_PP50_LIST_FOR_SETTING,
      yes: { outcome: "funded" },
      no: { outcome: "ineligible_establishment_not_a_pp50" },
      source: cite("PP50 schools and further education lists"),
    },
    ...otherSettingSteps(cite, REVIEW_COURSES),
  ],
  differences: DIFFERENCES_2025_08_21,
};
