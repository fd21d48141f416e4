// What the service does for the people a guidance statement speaks of (tests/rules/guidance-statements.ts):
// each decided by the rules module, and the steps that decide otherwise than the statement says.
import {
  addMonths,
  decide,
  isNewHeadteacher,
  isUndecided,
  OUTCOMES,
  type Application,
  type CourseId,
  type RuleSet,
} from "../../rules/index.ts";
import { WORKPLACES, type Expectation, type GuidanceStatement, type Person, type Workplace } from "./guidance-statements.ts";

export type Result = "funded" | "subject to review" | "not funded";

/** The cohort each rule set's decisions are for: a funded one in its period (funding-rules.md "Cohort"). */
const COHORT: Readonly<Record<string, string>> = { "2025-04-02": "2025b", "2025-08-21": "2025b", "2026-06-01": "2026b" };

export function applicationFor(r: RuleSet, course: CourseId, w: Workplace, p: Person): Application {
  const firstHeadship = p.headshipMonths === null ? null : addMonths(r.validFrom, -p.headshipMonths);
  return {
    course,
    cohort: { id: COHORT[r.id] ?? `${r.validFrom.slice(0, 4)}b`, funding: "full" },
    worksInEngland: true,
    previouslyFunded: p.previouslyFunded,
    ...w.application,
    // The service's "new headteacher": a headteacher in the first five years, on the decision's date.
    newHeadteacher: isNewHeadteacher(firstHeadship, r.validFrom),
  };
}

export interface Tried {
  readonly course: CourseId;
  readonly workplace: Workplace;
  readonly person: Person;
  readonly expected: Exclude<Expectation, null>;
  readonly result: Result;
  /** The step whose answer decided, or null where the service's journey ends before the decision. */
  readonly step: string | null;
  readonly status: string;
}

/** What the service does for one person: the rule set's decision, after its question flow. */
export function serviceDoes(r: RuleSet, course: CourseId, w: Workplace, p: Person): { result: Result; step: string | null; status: string } {
  // funding-rules.md "Early headship support": answering `none` to the Headship NPQ stage question ends
  // the EHCO journey, before any funding decision.
  if (course === "npq-early-headship-coaching-offer" && p.npqh === "none") return { result: "not funded", step: null, status: "journey ends (no NPQH)" };
  const decision = decide(applicationFor(r, course, w, p), r);
  if (isUndecided(decision)) throw new Error(`${r.id}: ${course} at ${w.id} (${p.id}) cannot be decided: ${decision.error.message}`);
  const outcome = OUTCOMES[decision.status as keyof typeof OUTCOMES]!;
  return {
    result: outcome.funded ? "funded" : outcome.subjectToReview ? "subject to review" : "not funded",
    step: decision.trace[decision.trace.length - 1]!.step,
    status: decision.status,
  };
}

export function tryStatement(s: GuidanceStatement, r: RuleSet): Tried[] {
  const tried: Tried[] = [];
  for (const course of s.courses) {
    for (const workplace of WORKPLACES) {
      for (const person of s.people) {
        const expected = s.expects(course, workplace, person);
        if (expected === null) continue;
        tried.push({ course, workplace, person, expected, ...serviceDoes(r, course, workplace, person) });
      }
    }
  }
  return tried;
}

export const departs = (t: Tried) => t.result !== t.expected;

/** The steps of `r` that decide otherwise than `s`, each with one example. */
export function departures(s: GuidanceStatement, r: RuleSet): Map<string, Tried> {
  const byStep = new Map<string, Tried>();
  for (const t of tryStatement(s, r).filter(departs)) {
    if (t.step === null) throw new Error(`${s.id}: the journey's end departs from the guidance, which no step can flag`);
    if (!byStep.has(t.step)) byStep.set(t.step, t);
  }
  return byStep;
}

export const example = (t: Tried) =>
  `${t.course} at ${t.workplace.words}${t.person.id === "anyone" ? "" : ` (${t.person.id})`}: the guidance says ${t.expected}, the service says ${t.result} (${t.status})`;

