// Assessment entry and attempts, as seed 003 (Ambition Institute handbook 2024-25, "Expectations")
// sets them out: complete at least 90% of the content by the deadline to be entered; two submission
// attempts; missing 90% without a deferral agreed before the deadline loses an attempt; being entered
// and not submitting loses one unless extenuating circumstances apply.

import { isIsoDate } from "./dates.ts";
import { RulesError } from "./errors.ts";
import { defineFlow, runFlow, type FlowOutcomeWords, type FlowTraceEntry } from "./flow.ts";
import { seedSection } from "./sources.ts";

const expectations = seedSection("seed-003", "Expectations");

export const ASSESSMENT_RULES = {
  /** Seed 003: "must complete a minimum of 90% to be entered for your assessment". */
  entryCompletionPercent: 90,
  /** Seed 003: "you have 2". */
  submissionAttempts: 2,
  /** The handbook is for 2024-25 and gives no start date: the first day of that school year is assumed. */
  dated: "2024-09-01",
  source: expectations,
} as const;

/** One assessment window: the 90% deadline and what happened by then. */
export interface AssessmentWindow {
  /** The 90% completion deadline. */
  readonly deadline: string;
  /** Percentage of the content completed by the deadline (0 to 100). */
  readonly completedPercent: number;
  /** When a deferral was agreed with the provider, or null. */
  readonly deferralAgreedOn: string | null;
  /** Submitted the assessment (only read when entered). */
  readonly submitted: boolean;
  /** Extenuating circumstances accepted for not submitting. */
  readonly extenuatingCircumstances: boolean;
}

export type AssessmentOutcome =
  | "no_attempts_left"
  | "submitted"
  | "not_submitted_attempt_kept"
  | "not_submitted_attempt_lost"
  | "deferred"
  | "not_entered_attempt_lost";

/** Whether an outcome uses up one of the attempts. */
export const USES_ATTEMPT: Readonly<Record<AssessmentOutcome, boolean>> = {
  no_attempts_left: false,
  submitted: true,
  not_submitted_attempt_kept: false,
  not_submitted_attempt_lost: true,
  deferred: false,
  not_entered_attempt_lost: true,
};

/** What each outcome means, in a policy reader's words. */
export const ASSESSMENT_OUTCOMES: Readonly<Record<AssessmentOutcome, FlowOutcomeWords>> = {
  no_attempts_left: { label: "No attempts left", meaning: "Both submission attempts have been used, so the participant cannot be entered again." },
  submitted: { label: "Submitted", meaning: "Entered for the assessment and submitted it: one attempt used." },
  not_submitted_attempt_kept: { label: "Not submitted, attempt kept", meaning: "Entered but did not submit; extenuating circumstances apply, so no attempt is lost." },
  not_submitted_attempt_lost: { label: "Not submitted, attempt lost", meaning: "Entered but did not submit: one attempt lost." },
  deferred: { label: "Deferred, attempt kept", meaning: "Not entered this time; a deferral agreed before the deadline keeps the attempt." },
  not_entered_attempt_lost: {
    label: "Not entered, attempt lost",
    meaning: `Less than ${ASSESSMENT_RULES.entryCompletionPercent}% of the content done by the deadline, and no deferral agreed before it: one attempt lost.`,
  },
};

interface WindowFacts {
  readonly window: AssessmentWindow;
  readonly attemptsLeft: number;
}

export const ASSESSMENT_STEPS = defineFlow<WindowFacts, AssessmentOutcome>("assessment entry", [
  {
    id: "attempts-left",
    question: "Has the participant an assessment attempt left?",
    rule: `Each participant has ${ASSESSMENT_RULES.submissionAttempts} submission attempts.`,
    source: expectations,
    test: (f) => f.attemptsLeft > 0,
    yes: "next",
    no: { outcome: "no_attempts_left" },
  },
  {
    id: "completed-enough",
    question: `Had the participant completed at least ${ASSESSMENT_RULES.entryCompletionPercent}% of the content by the deadline?`,
    rule: `A participant with ${ASSESSMENT_RULES.entryCompletionPercent}% of the content done by the deadline is entered for the assessment.`,
    source: expectations,
    test: (f) => f.window.completedPercent >= ASSESSMENT_RULES.entryCompletionPercent,
    yes: { goTo: "submitted" },
    no: "next",
  },
  {
    id: "deferral-agreed",
    question: "Was a deferral agreed with the provider before the deadline?",
    rule: "A deferral agreed before the deadline keeps the attempt; otherwise missing the deadline loses one.",
    source: expectations,
    // A deferral agreed on the deadline day counts as before the deadline (the deadline is that day's end).
    test: (f) => f.window.deferralAgreedOn !== null && f.window.deferralAgreedOn <= f.window.deadline,
    yes: { outcome: "deferred" },
    no: { outcome: "not_entered_attempt_lost" },
  },
  {
    id: "submitted",
    question: "Did the participant submit the assessment?",
    rule: "A submission uses an attempt.",
    source: expectations,
    test: (f) => f.window.submitted,
    yes: { outcome: "submitted" },
    no: "next",
  },
  {
    id: "extenuating-circumstances",
    question: "Do extenuating circumstances apply?",
    rule: "Entered but not submitted loses an attempt, unless extenuating circumstances apply.",
    source: expectations,
    test: (f) => f.window.extenuatingCircumstances,
    yes: { outcome: "not_submitted_attempt_kept" },
    no: { outcome: "not_submitted_attempt_lost" },
  },
]);

export interface AssessmentWindowResult {
  readonly deadline: string;
  readonly outcome: AssessmentOutcome;
  readonly entered: boolean;
  readonly usedAttempt: boolean;
  readonly attemptsLeftAfter: number;
  readonly trace: readonly FlowTraceEntry[];
}

export interface AssessmentHistory {
  readonly windows: readonly AssessmentWindowResult[];
  readonly attemptsLeft: number;
}

function assertWindow(w: AssessmentWindow, i: number): void {
  if (!isIsoDate(w.deadline)) throw new RulesError("invalid_input", `windows[${i}].deadline ${JSON.stringify(w.deadline)} is not a date; expected YYYY-MM-DD`);
  if (w.deferralAgreedOn !== null && !isIsoDate(w.deferralAgreedOn)) {
    throw new RulesError("invalid_input", `windows[${i}].deferralAgreedOn ${JSON.stringify(w.deferralAgreedOn)} is not a date; expected YYYY-MM-DD or null`);
  }
  if (!(typeof w.completedPercent === "number" && w.completedPercent >= 0 && w.completedPercent <= 100)) {
    throw new RulesError("invalid_input", `windows[${i}].completedPercent ${JSON.stringify(w.completedPercent)} is not a percentage; expected a number from 0 to 100`);
  }
}

/** Decide one window given the attempts left before it. */
export function assessmentWindow(window: AssessmentWindow, attemptsLeft: number): AssessmentWindowResult {
  assertWindow(window, 0);
  const { outcome, trace } = runFlow(ASSESSMENT_STEPS, { window, attemptsLeft });
  const usedAttempt = USES_ATTEMPT[outcome];
  return {
    deadline: window.deadline,
    outcome,
    entered: outcome === "submitted" || outcome === "not_submitted_attempt_kept" || outcome === "not_submitted_attempt_lost",
    usedAttempt,
    attemptsLeftAfter: attemptsLeft - (usedAttempt ? 1 : 0),
    trace,
  };
}

/** Walk a participant's windows in date order, counting attempts. */
export function assessmentHistory(windows: readonly AssessmentWindow[]): AssessmentHistory {
  windows.forEach(assertWindow);
  const ordered = [...windows].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  let attemptsLeft: number = ASSESSMENT_RULES.submissionAttempts;
  const results = ordered.map((w) => {
    const r = assessmentWindow(w, attemptsLeft);
    attemptsLeft = r.attemptsLeftAfter;
    return r;
  });
  return { windows: results, attemptsLeft };
}
