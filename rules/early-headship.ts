// Eligibility for early headship support: the additional support offer (ASO) as designed in
// September 2021 (seed 000 "Eligibility") and the early headship coaching offer (EHCO) as the 2024-25
// guidance describes it (seed 002 "Early headship coaching offer"). Every criterion is checked, so a
// "no" lists every reason, each with its source.

import type { CourseId } from "./courses.ts";
import { addMonths, isIsoDate } from "./dates.ts";
import { RulesError } from "./errors.ts";
import { seedSection, type Source } from "./sources.ts";

export const NPQH_STAGES = ["completed_npqh", "studying_npqh", "will_start_npqh", "none"] as const;
export type NpqhStage = (typeof NPQH_STAGES)[number];

export const HEADSHIP_WORKPLACES = ["state_funded_school", "state_funded_16_to_19", "independent_school", "other"] as const;
export type HeadshipWorkplace = (typeof HEADSHIP_WORKPLACES)[number];

export interface EarlyHeadshipApplicant {
  /** When the applicant's first headship began; null if not a headteacher. */
  readonly firstHeadshipStarted: string | null;
  /** When the support (training) starts: the criteria are judged on this date. */
  readonly trainingStarts: string;
  readonly worksInEngland: boolean;
  /** Where the applicant works when starting. */
  readonly workplace: HeadshipWorkplace;
  /** The service's Headship NPQ stage question. */
  readonly npqhStage: NpqhStage;
  /** When the NPQH was completed, for completed_npqh. */
  readonly npqhCompletedOn: string | null;
  readonly withdrawnFromAdditionalSupportBefore: boolean;
}

export interface EarlyHeadshipOffer {
  readonly id: "aso" | "ehco";
  readonly course: CourseId;
  readonly name: string;
  /** When these criteria were published: the ASO design post (seed 000), the 2024-25 guidance (seed 002). */
  readonly dated: string;
  readonly headshipMonths: number;
  readonly workplaces: readonly HeadshipWorkplace[];
  readonly source: Source;
  /** The service's stored headteacher statuses for this offer (funding-rules.md). */
  readonly statuses: { readonly inPeriod: string; readonly overPeriod: string };
}

export const EARLY_HEADSHIP_OFFERS: readonly EarlyHeadshipOffer[] = [
  {
    id: "aso",
    course: "npq-additional-support-offer",
    name: "Additional support offer (2021)",
    dated: "2021-09-10",
    headshipMonths: 24,
    workplaces: ["state_funded_school"],
    source: seedSection("seed-000", "Eligibility"),
    statuses: { inPeriod: "yes_in_first_two_years", overPeriod: "yes_over_two_years" },
  },
  {
    id: "ehco",
    course: "npq-early-headship-coaching-offer",
    name: "Early headship coaching offer",
    // Seed 002 is the 2024-25 guidance; it does not date the offer itself.
    dated: "2024-09-01",
    headshipMonths: 60,
    workplaces: ["state_funded_school", "state_funded_16_to_19"],
    source: seedSection("seed-002", "Early headship coaching offer"),
    statuses: { inPeriod: "yes_in_first_five_years", overPeriod: "yes_over_five_years" },
  },
];

export function earlyHeadshipOffer(id: "aso" | "ehco"): EarlyHeadshipOffer {
  return EARLY_HEADSHIP_OFFERS.find((o) => o.id === id)!;
}

export interface EarlyHeadshipCriterion {
  readonly id: string;
  readonly question: (offer: EarlyHeadshipOffer) => string;
  readonly holds: (a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer) => boolean;
  readonly reason: (a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer) => string;
}

const years = (months: number) => (months % 12 === 0 ? `${months / 12} years` : `${months} months`);

export const EARLY_HEADSHIP_CRITERIA: readonly EarlyHeadshipCriterion[] = [
  {
    id: "early-headship",
    question: (o) => `Is the applicant in the first ${o.headshipMonths} months of their first headship when the support starts?`,
    holds: (a, o) =>
      a.firstHeadshipStarted !== null &&
      a.firstHeadshipStarted <= a.trainingStarts &&
      a.trainingStarts < addMonths(a.firstHeadshipStarted, o.headshipMonths),
    reason: (a, o) =>
      a.firstHeadshipStarted === null
        ? "The applicant is not a headteacher."
        : a.firstHeadshipStarted > a.trainingStarts
          ? `The headship starts on ${a.firstHeadshipStarted}, after the support starts on ${a.trainingStarts}.`
          : `The support starts on ${a.trainingStarts}, more than ${years(o.headshipMonths)} after the first headship began on ${a.firstHeadshipStarted} (the period ended on ${addMonths(a.firstHeadshipStarted, o.headshipMonths)}).`,
  },
  {
    id: "works-in-england",
    question: () => "Does the applicant work in England when the support starts?",
    holds: (a) => a.worksInEngland,
    reason: () => "The applicant does not work in England.",
  },
  {
    id: "state-funded-workplace",
    question: (o) =>
      o.workplaces.includes("state_funded_16_to_19")
        ? "Does the applicant work in a state-funded school or state-funded 16 to 19 organisation?"
        : "Does the applicant work in a state-funded school?",
    holds: (a, o) => o.workplaces.includes(a.workplace),
    reason: (a, o) =>
      `The applicant works in ${a.workplace.replaceAll("_", " ")}; the ${o.name} needs ${o.workplaces.map((w) => w.replaceAll("_", " ")).join(" or ")}.`,
  },
  {
    id: "npqh",
    question: () => "Did the applicant complete an NPQH before their first headship, or are they taking one now?",
    holds: (a) =>
      a.npqhStage === "studying_npqh" ||
      (a.npqhStage === "completed_npqh" &&
        a.npqhCompletedOn !== null &&
        (a.firstHeadshipStarted === null || a.npqhCompletedOn < a.firstHeadshipStarted)),
    reason: (a) =>
      a.npqhStage === "completed_npqh"
        ? a.npqhCompletedOn === null
          ? "The NPQH completion date is not given, so it cannot be shown to be before the first headship."
          : `The NPQH was completed on ${a.npqhCompletedOn}, not before the first headship began on ${a.firstHeadshipStarted}.`
        : a.npqhStage === "will_start_npqh"
          ? "The applicant has not started the NPQH yet; it must be completed or in progress."
          : "The applicant has neither completed nor started an NPQH.",
  },
  {
    id: "not-withdrawn",
    question: () => "Has the applicant never withdrawn from the additional support programme?",
    holds: (a) => !a.withdrawnFromAdditionalSupportBefore,
    reason: () => "The applicant withdrew from the additional support programme before.",
  },
];

export interface EarlyHeadshipCheck {
  readonly criterion: string;
  readonly question: string;
  readonly answer: "yes" | "no";
  readonly source: Source;
}

export interface EarlyHeadshipReason {
  readonly criterion: string;
  readonly reason: string;
  readonly source: Source;
}

export interface EarlyHeadshipEligibility {
  readonly offer: EarlyHeadshipOffer["id"];
  readonly eligible: boolean;
  /** Every criterion, in order, with its answer. */
  readonly checks: readonly EarlyHeadshipCheck[];
  /** Every failing criterion, with why; empty when eligible. */
  readonly reasons: readonly EarlyHeadshipReason[];
}

function assertDates(a: EarlyHeadshipApplicant): void {
  for (const [field, value, nullable] of [
    ["trainingStarts", a.trainingStarts, false],
    ["firstHeadshipStarted", a.firstHeadshipStarted, true],
    ["npqhCompletedOn", a.npqhCompletedOn, true],
  ] as const) {
    if (!(nullable && value === null) && !isIsoDate(value)) {
      throw new RulesError("invalid_input", `${field} ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD${nullable ? " or null" : ""}`);
    }
  }
}

export function earlyHeadshipEligibility(applicant: EarlyHeadshipApplicant, offerId: "aso" | "ehco"): EarlyHeadshipEligibility {
  assertDates(applicant);
  const offer = earlyHeadshipOffer(offerId);
  const checks: EarlyHeadshipCheck[] = [];
  const reasons: EarlyHeadshipReason[] = [];
  for (const c of EARLY_HEADSHIP_CRITERIA) {
    const holds = c.holds(applicant, offer);
    checks.push({ criterion: c.id, question: c.question(offer), answer: holds ? "yes" : "no", source: offer.source });
    if (!holds) reasons.push({ criterion: c.id, reason: c.reason(applicant, offer), source: offer.source });
  }
  return { offer: offer.id, eligible: reasons.length === 0, checks, reasons };
}

/**
 * The service's stored headteacher status on a date: "no", or in/over the offer's period
 * (yes_in_first_five_years / yes_over_five_years for the EHCO; two years for the 2021 ASO).
 */
export function headteacherStatus(firstHeadshipStarted: string | null, asOf: string, offerId: "aso" | "ehco"): string {
  const offer = earlyHeadshipOffer(offerId);
  if (firstHeadshipStarted === null || firstHeadshipStarted > asOf) return "no";
  return asOf < addMonths(firstHeadshipStarted, offer.headshipMonths) ? offer.statuses.inPeriod : offer.statuses.overPeriod;
}

/** The funding decision's "new headteacher" fact: a headteacher in the first five years (EHCO). */
export function isNewHeadteacher(firstHeadshipStarted: string | null, asOf: string): boolean {
  return headteacherStatus(firstHeadshipStarted, asOf, "ehco") === "yes_in_first_five_years";
}
