// Funding once per NPQ: whether an applicant's earlier applications rule out funding for a course.
// Seed 002 "Funding restrictions": funding is given once per NPQ, and withdrawing or failing after
// being funded does not give a second chance. The service counts an earlier accepted application that
// was eligible for funding and did not decline a funded place (funding-rules.md step 3), and treats
// the ASO and the EHCO as the same course.

import type { CourseId } from "./courses.ts";
import { defineFlow, runFlow, type FlowOutcomeWords, type FlowTraceEntry } from "./flow.ts";
import { service2026June } from "./service-commits.ts";
import { seedSection } from "./sources.ts";

export interface PastApplication {
  readonly course: CourseId;
  /** Accepted by the provider. */
  readonly accepted: boolean;
  /** Decided as eligible for scholarship funding. */
  readonly eligibleForFunding: boolean;
  /** The applicant turned down the funded place. */
  readonly declinedFundedPlace: boolean;
  /** What became of it; withdrawing or failing does not undo the funding. */
  readonly result: "in_progress" | "completed" | "withdrawn" | "failed" | null;
}

/** The ASO (2021) and the EHCO (its successor) count as one course for previous funding. */
export const FUNDING_TWINS: Readonly<Partial<Record<CourseId, CourseId>>> = {
  "npq-additional-support-offer": "npq-early-headship-coaching-offer",
  "npq-early-headship-coaching-offer": "npq-additional-support-offer",
};

export function sameFundedCourse(a: CourseId, b: CourseId): boolean {
  return a === b || FUNDING_TWINS[a] === b;
}

interface Pair {
  readonly course: CourseId;
  readonly past: PastApplication;
}

const restrictions = seedSection("seed-002", "Funding restrictions");
const service = service2026June("previously funded check");

export const PREVIOUS_FUNDING_STEPS = defineFlow<Pair, PreviousFundingOutcome>("previous funding", [
  {
    id: "same-npq",
    question: "Was the earlier application for the same NPQ (the ASO and the EHCO count as one)?",
    rule: "Only funding for the same NPQ counts; the ASO and the EHCO are the same NPQ for this.",
    source: service,
    test: ({ course, past }) => sameFundedCourse(course, past.course),
    yes: "next",
    no: { outcome: "does_not_count" },
  },
  {
    id: "accepted",
    question: "Was the earlier application accepted?",
    rule: "An application that was not accepted was never funded.",
    source: service,
    test: ({ past }) => past.accepted,
    yes: "next",
    no: { outcome: "does_not_count" },
  },
  {
    id: "eligible-for-funding",
    question: "Was the earlier application eligible for funding?",
    rule: "Only a funded place counts.",
    source: service,
    test: ({ past }) => past.eligibleForFunding,
    yes: "next",
    no: { outcome: "does_not_count" },
  },
  {
    id: "declined-funded-place",
    question: "Did the applicant decline the funded place?",
    rule: "A declined place was not used; any other funded place counts, even if the applicant later withdrew or failed.",
    source: restrictions,
    test: ({ past }) => past.declinedFundedPlace,
    yes: { outcome: "does_not_count" },
    no: { outcome: "counts" },
  },
]);

export type PreviousFundingOutcome = "counts" | "does_not_count";

/** What each outcome of PREVIOUS_FUNDING_STEPS means for the new application. */
export const PREVIOUS_FUNDING_OUTCOMES: Readonly<Record<PreviousFundingOutcome, FlowOutcomeWords>> = {
  counts: {
    label: "Counts as funded before",
    meaning: "The earlier application used the funding for this NPQ: the new application is not funded, even if the applicant withdrew from or failed the earlier course.",
  },
  does_not_count: {
    label: "Does not count",
    meaning: "The earlier application did not use the funding for this NPQ, so it does not stop the new application being funded.",
  },
};

export interface PreviousFundingCheck {
  readonly previouslyFunded: boolean;
  /** One entry per earlier application, with the steps that decided whether it counts. */
  readonly applications: readonly { readonly counts: boolean; readonly trace: readonly FlowTraceEntry[] }[];
  readonly source: typeof restrictions;
}

/** Whether earlier applications rule out funding for `course`; feeds Application.previouslyFunded. */
export function previouslyFundedFor(course: CourseId, history: readonly PastApplication[]): PreviousFundingCheck {
  const applications = history.map((past) => {
    const r = runFlow(PREVIOUS_FUNDING_STEPS, { course, past });
    return { counts: r.outcome === "counts", trace: r.trace };
  });
  return { previouslyFunded: applications.some((a) => a.counts), applications, source: restrictions };
}
