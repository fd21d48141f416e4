// Rules the source documents state that the rules module does not decide: they are for providers and
// participants to apply, case by case (a provider's places, a participant's engagement). Listed so a
// reader sees them beside the rules that are decided, each with its source. `evidence` is a short
// phrase as the source writes it; tests/rules/stated-rules.test.ts finds it in the cited section.

import { seedSection, type Source } from "./sources.ts";

export interface StatedRule {
  readonly id: string;
  /** The rule in plain English. */
  readonly text: string;
  /** A phrase of the cited section, word for word (at most 15 words). */
  readonly evidence: string;
  readonly source: Source;
}

const restrictions = seedSection("seed-002", "Funding restrictions");

export const STATED_NOT_DECIDED: readonly StatedRule[] = [
  {
    id: "place-not-guaranteed",
    text: "Being eligible for a scholarship does not guarantee a funded place, or that the course is suitable: providers decide suitability when they consider each application.",
    evidence: "Being eligible for an NPQ scholarship does not guarantee either suitability for the course",
    source: restrictions,
  },
  {
    id: "check-funded-places",
    text: "Before applying, check with the chosen provider that it has funded places.",
    evidence: "you should check availability of funded places with your chosen NPQ provider",
    source: restrictions,
  },
  {
    id: "no-funded-places",
    text: "If the provider has no funded places, the applicant can ask other providers whether they have one, join the provider's waiting list, or pay for a place.",
    evidence: "approach a different NPQ training provider to enquire about the availability of funded course places",
    source: restrictions,
  },
  {
    id: "withdrawal-for-not-engaging",
    text: "A participant who does not engage with the programme over a sustained period may be withdrawn from it. The provider says so first and helps them re-engage; for a delivery partner's programme, the partner signs off the withdrawal.",
    evidence: "If you do not engage with the programme over a sustained period",
    source: seedSection("seed-003", "Engagement"),
  },
  {
    id: "complete-all-content",
    text: "To complete the NPQ, a participant is expected to complete all of the content (90% by the deadline is enough to be entered for the assessment).",
    evidence: "you are expected to complete 100% of the content",
    source: seedSection("seed-003", "Engagement"),
  },
  {
    id: "assessment-window",
    text: "The assessment is a 1,500-word response to a case study, open book, submitted within an 8-day window after the 12 or 18 months of the programme.",
    evidence: "complete the summative assessment within an 8-day window",
    source: seedSection("seed-003", "Core input and timings"),
  },
  {
    id: "pause-and-defer",
    text: "A participant can ask to pause the programme and defer their place. If a future cohort is available, the provider agrees a deferral case by case.",
    evidence: "Providing future cohorts are available, it is possible to arrange a deferral",
    source: seedSection("seed-003", "Support"),
  },
];
