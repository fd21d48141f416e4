// Eligibility for early headship support: the additional support offer (ASO) as designed in
// September 2021 (seed 000 "Eligibility") and the early headship coaching offer (EHCO) as the 2024-25
// guidance describes it (seed 002 "Early headship coaching offer"). Every criterion is checked, so a
// "no" lists every reason, each with its source.

import type { CourseId } from "./courses.ts";
import { addMonths, formatDate, isIsoDate, previousDay } from "./dates.ts";
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
  /** Whether `dated` is the source's own date, or an assumption because the source gives none. */
  readonly datedBy: "source" | "assumed";
  /** The ASO is no longer offered (the funding rules' course list says so); the EHCO followed it. */
  readonly stillOffered: boolean;
  readonly headshipMonths: number;
  /** The period in the source's own words: "24 months" (seed 000), "five years" (seed 002). */
  readonly headshipPeriod: string;
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
    datedBy: "source",
    stillOffered: false,
    headshipMonths: 24,
    headshipPeriod: "24 months",
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
    datedBy: "assumed",
    stillOffered: true,
    headshipMonths: 60,
    headshipPeriod: "five years",
    workplaces: ["state_funded_school", "state_funded_16_to_19"],
    // The first of seed 002's two sections with this heading: the criteria (the second is on funding).
    source: seedSection("seed-002", "Early headship coaching offer", { occurrence: 1, before: "NPQ providers" }),
    statuses: { inPeriod: "yes_in_first_five_years", overPeriod: "yes_over_five_years" },
  },
];

export function earlyHeadshipOffer(id: "aso" | "ehco"): EarlyHeadshipOffer {
  return EARLY_HEADSHIP_OFFERS.find((o) => o.id === id)!;
}

/** The words for each workplace, as a reason or a question says them ("works in a state-funded school"). */
export const HEADSHIP_WORKPLACE_WORDS: Readonly<Record<HeadshipWorkplace, string>> = {
  state_funded_school: "a state-funded school",
  state_funded_16_to_19: "a state-funded 16 to 19 organisation",
  independent_school: "an independent school",
  other: "somewhere else",
};

/** The words for each answer to the service's Headship NPQ stage question. */
export const NPQH_STAGE_WORDS: Readonly<Record<NpqhStage, string>> = {
  completed_npqh: "Has completed the NPQH",
  studying_npqh: "Is taking the NPQH now",
  will_start_npqh: "Will start the NPQH later",
  none: "Has not done the NPQH and is not taking it",
};

/**
 * One way a criterion can fail. A criterion's failures split its "no" answers between them: when the
 * criterion does not hold, exactly one failure applies (checked on every decision), and that is the
 * reason the decision gives.
 */
export interface EarlyHeadshipFailure {
  readonly id: string;
  readonly applies: (a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer) => boolean;
  /** The failure in general, as the rule page lists it. */
  readonly words: (offer: EarlyHeadshipOffer) => string;
  /** The failure for this applicant, with their dates: the reason a decision gives. */
  readonly reason: (a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer) => string;
}

export interface EarlyHeadshipCriterion {
  readonly id: string;
  readonly question: (offer: EarlyHeadshipOffer) => string;
  readonly holds: (a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer) => boolean;
  /** Every way it can fail, each with its reason. */
  readonly failures: readonly EarlyHeadshipFailure[];
}

const offerName = (o: EarlyHeadshipOffer) => o.name.charAt(0).toLowerCase() + o.name.slice(1);
const workplacesWords = (o: EarlyHeadshipOffer) => orWords(o.workplaces.map((w) => HEADSHIP_WORKPLACE_WORDS[w]));
const orWords = (words: readonly string[]) => (words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`);
const periodEnd = (a: EarlyHeadshipApplicant, o: EarlyHeadshipOffer) => addMonths(a.firstHeadshipStarted!, o.headshipMonths);

export const EARLY_HEADSHIP_CRITERIA: readonly EarlyHeadshipCriterion[] = [
  {
    id: "early-headship",
    question: (o) => `Is the applicant in the first ${o.headshipPeriod} of their first headship when the support starts?`,
    holds: (a, o) =>
      a.firstHeadshipStarted !== null &&
      a.firstHeadshipStarted <= a.trainingStarts &&
      a.trainingStarts < addMonths(a.firstHeadshipStarted, o.headshipMonths),
    failures: [
      {
        id: "not-a-headteacher",
        applies: (a) => a.firstHeadshipStarted === null,
        words: () => "The applicant is not a headteacher.",
        reason: () => "The applicant is not a headteacher.",
      },
      {
        id: "headship-starts-later",
        applies: (a) => a.firstHeadshipStarted !== null && a.firstHeadshipStarted > a.trainingStarts,
        words: () => "The first headship starts after the support starts.",
        reason: (a) => `The headship starts on ${formatDate(a.firstHeadshipStarted!)}, after the support starts on ${formatDate(a.trainingStarts)}.`,
      },
      {
        id: "headship-period-over",
        applies: (a, o) => a.firstHeadshipStarted !== null && a.firstHeadshipStarted <= a.trainingStarts && a.trainingStarts >= periodEnd(a, o),
        words: (o) => `The support starts ${o.headshipPeriod} or more after the first headship began.`,
        reason: (a, o) =>
          `The support starts on ${formatDate(a.trainingStarts)}, ${o.headshipPeriod} or more after the first headship began on ${formatDate(a.firstHeadshipStarted!)} (its first ${o.headshipPeriod} ended on ${formatDate(previousDay(periodEnd(a, o)))}).`,
      },
    ],
  },
  {
    id: "works-in-england",
    question: () => "Does the applicant work in England when the support starts?",
    holds: (a) => a.worksInEngland,
    failures: [
      {
        id: "not-in-england",
        applies: (a) => !a.worksInEngland,
        words: () => "The applicant does not work in England.",
        reason: () => "The applicant does not work in England.",
      },
    ],
  },
  {
    id: "state-funded-workplace",
    question: (o) => `Does the applicant work in ${workplacesWords(o)}?`,
    holds: (a, o) => o.workplaces.includes(a.workplace),
    failures: [
      {
        id: "other-workplace",
        applies: (a, o) => !o.workplaces.includes(a.workplace),
        words: (o) => `The applicant works somewhere other than ${workplacesWords(o)}.`,
        reason: (a, o) => `The applicant works in ${HEADSHIP_WORKPLACE_WORDS[a.workplace]}; the ${offerName(o)} needs ${workplacesWords(o)}.`,
      },
    ],
  },
  {
    id: "npqh",
    question: () => "Did the applicant complete an NPQH before their first headship, or are they taking one now?",
    holds: (a) =>
      a.npqhStage === "studying_npqh" ||
      (a.npqhStage === "completed_npqh" &&
        a.npqhCompletedOn !== null &&
        (a.firstHeadshipStarted === null || a.npqhCompletedOn < a.firstHeadshipStarted)),
    failures: [
      {
        id: "npqh-date-not-given",
        applies: (a) => a.npqhStage === "completed_npqh" && a.npqhCompletedOn === null,
        words: () => "The applicant has completed the NPQH but the date is not given, so it cannot be shown to be before the first headship.",
        reason: () => "The NPQH completion date is not given, so it cannot be shown to be before the first headship.",
      },
      {
        id: "npqh-after-headship",
        applies: (a) =>
          a.npqhStage === "completed_npqh" && a.npqhCompletedOn !== null && a.firstHeadshipStarted !== null && a.npqhCompletedOn >= a.firstHeadshipStarted,
        words: () => "The applicant completed the NPQH on or after the day their first headship began.",
        reason: (a) => `The NPQH was completed on ${formatDate(a.npqhCompletedOn!)}, not before the first headship began on ${formatDate(a.firstHeadshipStarted!)}.`,
      },
      {
        id: "npqh-not-started",
        applies: (a) => a.npqhStage === "will_start_npqh",
        words: () => "The applicant will start the NPQH later; it must be completed or in progress.",
        reason: () => "The applicant has not started the NPQH yet; it must be completed or in progress.",
      },
      {
        id: "no-npqh",
        applies: (a) => a.npqhStage === "none",
        words: () => "The applicant has neither completed nor started an NPQH.",
        reason: () => "The applicant has neither completed nor started an NPQH.",
      },
    ],
  },
  {
    id: "not-withdrawn",
    question: () => "Has the applicant never withdrawn from the additional support programme?",
    holds: (a) => !a.withdrawnFromAdditionalSupportBefore,
    failures: [
      {
        id: "withdrew-before",
        applies: (a) => a.withdrawnFromAdditionalSupportBefore,
        words: () => "The applicant withdrew from the additional support programme before.",
        reason: () => "The applicant withdrew from the additional support programme before.",
      },
    ],
  },
];

/** The failure that explains a criterion's "no"; exactly one applies, or the definition is wrong. */
function failureOf(c: EarlyHeadshipCriterion, a: EarlyHeadshipApplicant, offer: EarlyHeadshipOffer): EarlyHeadshipFailure {
  const applying = c.failures.filter((f) => f.applies(a, offer));
  if (applying.length !== 1) {
    throw new RulesError(
      "invalid_definition",
      `early headship criterion "${c.id}" fails with ${applying.length === 0 ? "no failure" : `${applying.length} failures (${applying.map((f) => f.id).join(", ")})`} applying; exactly one must`,
    );
  }
  return applying[0]!;
}

export interface EarlyHeadshipCheck {
  readonly criterion: string;
  readonly question: string;
  readonly answer: "yes" | "no";
  readonly source: Source;
}

export interface EarlyHeadshipReason {
  readonly criterion: string;
  /** Which of the criterion's failures (EARLY_HEADSHIP_CRITERIA[].failures[].id). */
  readonly failure: string;
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
    if (holds) {
      const stray = c.failures.filter((f) => f.applies(applicant, offer));
      if (stray.length > 0) throw new RulesError("invalid_definition", `early headship criterion "${c.id}" holds, yet its failure "${stray[0]!.id}" applies`);
    } else {
      const failure = failureOf(c, applicant, offer);
      reasons.push({ criterion: c.id, failure: failure.id, reason: failure.reason(applicant, offer), source: offer.source });
    }
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
