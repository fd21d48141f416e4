// Where the published guidance and the service differ, for rule sets "2025-08-21" and "2026-06-01".
// Source: funding-rules.md "Where guidance and service differ". The site shows these beside the steps.

import type { Difference } from "../rule-set.ts";
import { seedSection, type Source } from "../sources.ts";

export function laterRuleSetDifferences(cite: (what: string) => Source, reviewCourses: string): readonly Difference[] {
  return [
    {
      step: "review-course",
      guidance: seedSection("seed-002", "Funding and eligibility"),
      service: cite("courses sent to review"),
      text: `The guidance names hospital schools, young offender institutions, virtual schools and other local authority staff as eligible for NPQH, NPQSENCO and NPQLPM. The service sends them to DfE review, and only for ${reviewCourses}; never for NPQLPM.`,
    },
    {
      step: "ehco-new-headteacher",
      // The first of seed 002's two sections with this heading: the coaching offer's criteria.
      guidance: seedSection("seed-002", "Early headship coaching offer", { occurrence: 1, before: "NPQ providers" }),
      service: cite("new headteacher check for EHCO"),
      text: "The guidance says the early headship coaching offer needs a state-funded school or 16 to 19 setting and an NPQH done or in progress. The service's funding decision checks only that the applicant is a new headteacher (it asks about the NPQH earlier in the journey).",
    },
    {
      step: "ehco-new-headteacher",
      guidance: seedSection("seed-000", "Eligibility"),
      service: cite("new headteacher check for EHCO"),
      text: "The 2021 design of the additional support offer covered the first 24 months of headship; the service now counts the first five years.",
    },
  ];
}
