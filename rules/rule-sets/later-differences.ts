// Where rule sets "2025-08-21" and "2026-06-01" decide otherwise than the guidance (seed 002, with
// seeds 000 and 003 on the headship offers), in step order: funding-rules.md "Where guidance and
// service differ", and every other step tests/rules/guidance-differences.test.ts finds departing from a
// statement of the guidance. The notes the two rule sets share are written once; each has some of
// its own, as its steps differ.

import type { Difference } from "../rule-set.ts";
import { GUIDANCE as G } from "./guidance-quotes.ts";

const REFERRAL: Difference = {
  step: "return-to-teaching-referral",
  guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.asoCriteria],
  text:
    "The guidance does not mention return-to-teaching advisers: it funds the seven NPQs other than NPQLPM, NPQSENCO and NPQH only in the top 50% of schools and 16 to 19 settings (NPQEYL also in highly disadvantaged early years settings), and the 2021 additional support offer only for new headteachers in state-funded schools. The service sends anyone an adviser refers to DfE review, whatever the course (but the early headship coaching offer, decided on headship before).",
};

const RISE: Difference = {
  step: "school-rise",
  guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.asoCriteria],
  text:
    "The service funds every course at a school on the RISE list, which the guidance does not mention. The guidance funds the seven NPQs other than NPQLPM, NPQSENCO and NPQH only in the top 50% of schools for pupil premium, and the 2021 additional support offer only for new headteachers who meet its criteria.",
};

const LPM_NEEDS_PP50: Difference = {
  step: "school-pp50",
  guidance: [G.threeNpqsInEverySchool],
  text:
    "The guidance funds NPQLPM, like NPQSENCO and NPQH, for everyone in a publicly funded school or 16 to 19 organisation. Since 21 August 2025 the service funds NPQLPM only in PP50 schools and 16 to 19 settings.",
};

const EHCO_NEW_HEADTEACHER: Difference = {
  step: "ehco-new-headteacher",
  guidance: [G.ehcoCriteria],
  text:
    "The guidance says the early headship coaching offer needs all of: the first five years of headship; a state-funded school or 16 to 19 organisation in England; an NPQH completed before the first headship, or under way; and no earlier withdrawal from the additional support programme. The service's funding decision checks only that the applicant is a new headteacher, in any setting (it asks about the NPQH earlier in the journey, and ends it only for someone with none).",
};

const CHILDMINDER_LIST: Difference = {
  step: "ey-childminder-listed",
  guidance: [G.sevenNpqsOnlyWhereDisadvantaged],
  text:
    "The guidance funds NPQEYL in highly disadvantaged early years settings. The service funds a childminder on DfE's childminders list for NPQEYL without asking whether the setting is disadvantaged (its message to a childminder not on the list is about registration, not disadvantage).",
};

const ASO_AS_NPQH = (courses: string): Difference => ({
  step: "school-pp50-course",
  guidance: [G.asoCriteria],
  text: `The 2021 design of the additional support offer covers only headteachers in their first 24 months, in a state-funded school, with an NPQH completed before the first headship or under way, who have not withdrawn before. The service funds the additional support offer at every eligible school and 16 to 19 setting, as it does ${courses}, without asking about headship (its new-headteacher check, for the early headship coaching offer, counts the first five years).`,
});

export const DIFFERENCES_2025_08_21: readonly Difference[] = [
  EHCO_NEW_HEADTEACHER,
  {
    step: "ey-la-nursery-course",
    guidance: [G.threeNpqsInEverySchool, G.asoCriteria],
    text:
      "A local authority nursery school is a publicly funded school, where the guidance funds NPQLPM (and the 2021 additional support offer covers new headteachers). When its staff say they work in early years, the service can fund only NPQSENCO, NPQH and NPQEYL there.",
  },
  {
    step: "ey-la-disadvantaged-nursery",
    guidance: [G.threeNpqsInEverySchool],
    text:
      "The guidance funds NPQSENCO and NPQH in every publicly funded school. At a local authority nursery school, the service funds them only if the school is on the LA disadvantaged nursery list.",
  },
  CHILDMINDER_LIST,
  {
    step: "ey-early-years-leadership",
    guidance: [G.threeNpqsInEverySchool, G.asoCriteria],
    text:
      "Staff of a pre-school class that is part of a state school work in a publicly funded school, where the guidance funds NPQLPM, NPQSENCO and NPQH (and the 2021 additional support offer covers new headteachers). When they say they work in early years, the service can fund only NPQEYL.",
  },
  RISE,
  ASO_AS_NPQH("NPQH and NPQSENCO"),
  LPM_NEEDS_PP50,
  {
    step: "review-course",
    guidance: [G.threeNpqsForPublicRoles],
    text:
      "The guidance names hospital schools, young offender institutions, virtual schools and other local authority staff as eligible for NPQH, NPQSENCO and NPQLPM. The service sends them to DfE review, and only for NPQH and NPQSENCO; never for NPQLPM.",
  },
  REFERRAL,
];

export const DIFFERENCES_2026_06_01: readonly Difference[] = [
  EHCO_NEW_HEADTEACHER,
  {
    step: "ey-childminder",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged],
    text:
      "The service funds NPQEYL in every early years setting but a childminder: a local authority nursery school, a pre-school class, a private nursery. The guidance funds it only in highly disadvantaged early years settings.",
  },
  CHILDMINDER_LIST,
  {
    step: "ey-la-nursery-school",
    guidance: [G.threeNpqsInEverySchool, G.asoCriteria],
    text:
      "Outside NPQEYL, the service funds early years staff only at a local authority nursery school. Staff of a pre-school class that is part of a state school work in a publicly funded school, where the guidance funds NPQLPM, NPQSENCO and NPQH (and the 2021 additional support offer covers new headteachers).",
  },
  {
    step: "ey-la-nursery-course",
    guidance: [G.threeNpqsInEverySchool, G.sevenNpqsOnlyWhereDisadvantaged, G.asoCriteria],
    text:
      "At a local authority nursery school, the service funds NPQSENCO, NPQH and NPQSL. The guidance funds NPQLPM there too, as in every publicly funded school (and the 2021 additional support offer covers new headteachers), but NPQSL only in the top 50% of schools.",
  },
  RISE,
  {
    step: "school-early-years-leadership",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged],
    text:
      "The service funds NPQEYL at every eligible school and 16 to 19 setting. The guidance funds it only in the top 50% of them, and in highly disadvantaged early years settings.",
  },
  {
    ...ASO_AS_NPQH("NPQH, NPQSENCO and NPQSL"),
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.asoCriteria],
    text: `The service funds NPQSL at every eligible school and 16 to 19 setting; the guidance funds it only in the top 50% of them. ${ASO_AS_NPQH("NPQH, NPQSENCO and NPQSL").text}`,
  },
  LPM_NEEDS_PP50,
  {
    step: "review-course",
    guidance: [G.threeNpqsForPublicRoles, G.sevenNpqsOnlyWhereDisadvantaged],
    text:
      "The guidance names hospital schools, young offender institutions, virtual schools and other local authority staff as eligible for NPQH, NPQSENCO and NPQLPM, and funds NPQSL only in the top 50% of schools and 16 to 19 settings. The service sends these roles to DfE review for NPQH, NPQSENCO and NPQSL; never for NPQLPM.",
  },
  REFERRAL,
];
