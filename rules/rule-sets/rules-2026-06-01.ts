// Rule set "2026-06-01": the service's funding decision from 1 June 2026.
// Source: funding-rules.md "Rule set 2026-06-01"; the service at 7885fd2, with c581127 on the one step
// it touches.

import type { RuleSetDefinition } from "../rule-set.ts";
import { service2026June, service2026JuneFollowUp } from "../service-commits.ts";
import { alsoCiting } from "../sources.ts";
import {
  CHILDMINDER,
  EARLY_YEARS_LEADERSHIP,
  LA_NURSERY_SCHOOL,
  ON_PP50_LIST_FOR_SETTING,
} from "./shared-conditions.ts";
import { openingSteps, otherSettingSteps, schoolSettingSteps } from "./later-shared-steps.ts";
import { DIFFERENCES_2026_06_01 } from "./later-differences.ts";

const REVIEW_COURSES = { or: "NPQH, NPQSENCO or NPQSL", and: "NPQH, NPQSENCO and NPQSL" };
const cite = service2026June;

export const RULES_2026_06_01: RuleSetDefinition = {
  id: "2026-06-01",
  validFrom: "2026-06-01",
  title: "Funding rules from 1 June 2026",
  summary:
    "NPQSL and NPQEYL leave the PP50-only set: NPQSL is funded in every eligible school, and NPQEYL in every early years setting except an unlisted childminder. Staff of virtual schools, hospital schools, young offender institutions and LA supply teachers go to review for NPQSL too.",
  steps: [
    ...openingSteps(cite, cite("unfunded cohort check")),
    {
      id: "ey-early-years-leadership",
      question: "Is the course early years leadership (NPQEYL)?",
      rule: "In early years, NPQEYL is funded in every kind of setting except an unlisted childminder.",
      test: EARLY_YEARS_LEADERSHIP,
      yes: "next",
      no: { goTo: "ey-la-nursery-school" },
      source: cite("early years leadership in early years settings"),
    },
    {
      id: "ey-childminder",
      question: "Is the applicant a childminder?",
      rule: "Every early years setting other than a childminder is funded for NPQEYL.",
      test: CHILDMINDER,
      yes: "next",
      no: { outcome: "funded" },
      // c581127 (11 June 2026) funds a pre-school class in a school before this check: the same outcome
      // this step gives it, as a pre-school class is not a childminder.
      source: alsoCiting(
        cite("early years leadership: kind of nursery"),
        service2026JuneFollowUp("early years leadership: a pre-school class in a school is funded"),
      ),
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
      id: "ey-la-nursery-school",
      question: "Is the workplace a local authority nursery school (establishment type 15)?",
      rule: "Outside NPQEYL, early years staff are funded only at a local authority nursery school.",
      test: LA_NURSERY_SCHOOL,
      yes: "next",
      no: { outcome: "early_years_invalid_npq" },
      source: cite("local authority nursery schools"),
    },
    {
      id: "ey-la-nursery-course",
      question: "Is the course one a local authority nursery school is funded for (NPQSENCO, NPQH or NPQSL)?",
      rule: "A local authority nursery school is funded for NPQSENCO, NPQH and NPQSL only.",
      test: { courseIn: { param: "la-nursery-approved-courses" } },
      yes: { outcome: "funded" },
      no: { outcome: "early_years_invalid_npq" },
      source: cite("courses for local authority nursery schools"),
    },
    ...schoolSettingSteps(cite),
    {
      id: "school-early-years-leadership",
      question: "Is the course early years leadership (NPQEYL)?",
      rule: "NPQEYL is funded at every eligible school.",
      test: EARLY_YEARS_LEADERSHIP,
      yes: { outcome: "funded" },
      no: "next",
      source: cite("early years leadership in schools"),
    },
    {
      id: "school-pp50-course",
      question: "Is the course one funded only in PP50 settings (NPQLPM, NPQLBC, NPQLL, NPQLT, NPQLTD or NPQEL)?",
      rule: "NPQH, NPQSL, NPQSENCO and the ASO are funded at every eligible school; the others need a PP50 setting.",
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
  differences: DIFFERENCES_2026_06_01,
};
