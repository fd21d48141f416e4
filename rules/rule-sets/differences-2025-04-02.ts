// Where rule set "2025-04-02" decides otherwise than the guidance it is the service's form of (seed
// 002, with seeds 000 and 003 on the headship offers), in step order. Each note sits beside the step
// that decides; tests/rules/guidance-differences.test.ts finds those steps from the rules and the
// guidance alone, and fails on one without its note or a note without its difference.

import type { Difference } from "../rule-set.ts";
import { GUIDANCE as G } from "./guidance-quotes.ts";

export const DIFFERENCES_2025_04_02: readonly Difference[] = [
  {
    step: "no-institution-referral",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.fundedOnce, G.ehcoCriteria, G.asoCriteria],
    text:
      "The guidance does not mention return-to-teaching advisers. Without a workplace, the service sends anyone an adviser refers to DfE review, whatever the course (only the early headship coaching offer, for someone not new to headship, is refused first), and before it checks whether they have been funded for the course already. By the guidance, someone with no workplace in a setting it names is not funded for the seven NPQs other than NPQLPM, NPQSENCO and NPQH, nor for the early headship coaching offer or the additional support offer, and no one is funded for the same NPQ twice.",
  },
  {
    step: "no-institution-employment-type",
    guidance: [G.threeNpqsForPublicRoles],
    text:
      "The guidance says NPQLPM, NPQSENCO and NPQH are also funded for staff of hospital schools, young offender institutions and local authority virtual schools, and for other local authority staff such as supply teachers. Without a named workplace, the service cannot tell whether they are eligible and does not fund them, whatever the course. (Until this change, on 2 April 2025, it funded hospital school and young offender institution staff for these courses.)",
  },
  {
    step: "school-la-disadvantaged-nursery",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.ehcoCriteria, G.ehcoFirstHeadship, G.asoCriteria],
    text:
      "The service funds every course at a school on the LA disadvantaged nursery list, before any other check. The guidance funds the seven NPQs other than NPQLPM, NPQSENCO and NPQH only in the top 50% of schools (NPQEYL also in highly disadvantaged early years settings), and the early headship coaching offer and the additional support offer only for new headteachers who meet their criteria.",
  },
  {
    step: "school-early-years-listed",
    guidance: [G.topHalfForDisadvantage, G.sixteenToNineteenFromSpring2025],
    text:
      "The guidance funds every NPQ, NPQEYL included, in 16 to 19 settings with high disadvantage. The service funds NPQEYL at a school or college only if it is on the disadvantaged early years list or the PP50 schools list; it does not read the further education PP50 list here, so a disadvantaged 16 to 19 setting is not funded for NPQEYL.",
  },
  {
    step: "school-establishment-type",
    guidance: [G.ehcoCriteria, G.asoCriteria],
    text:
      "At a school of an eligible type, the service funds the early headship coaching offer for any new headteacher and the additional support offer for anyone. The guidance also asks, for the coaching offer, an NPQH completed before the first headship or under way and no earlier withdrawal from the additional support programme; the 2021 design of the additional support offer asks all of that, the first 24 months of headship and a state-funded school (not a 16 to 19 college). (The service asks about the NPQH earlier in its journey, and ends it only for someone with none.)",
  },
  {
    step: "institution-local-authority",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged, G.ehcoCriteria, G.ehcoFirstHeadship, G.asoCriteria],
    text:
      "The service funds anyone who names a local authority as their workplace, for every course. The guidance funds local authority staff for NPQLPM, NPQSENCO and NPQH only: the seven other NPQs only in the top 50% of schools and 16 to 19 settings, and the early headship coaching offer and the additional support offer only for new headteachers in state-funded schools (the coaching offer also in 16 to 19 organisations).",
  },
  {
    step: "childcare-childminder-unlisted",
    guidance: [G.sevenNpqsOnlyWhereDisadvantaged],
    text:
      "The guidance funds NPQEYL in highly disadvantaged early years settings. The service does not check the disadvantaged early years list for a childminder: a registered childminder on DfE's childminders list is funded for NPQEYL.",
  },
];
