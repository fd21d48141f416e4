// Run a rule set's steps over an application: first matching step wins. The walk follows the
// compiled branches of the same step data the site prints; the trace reuses one frozen entry per
// step and answer, so a decision allocates little (the CLI aims at a million decisions a second).

import type { Application } from "./application.ts";
import type { DecisionErrorCode } from "./errors.ts";
import type { Status } from "./outcomes.ts";
import type { CompiledBranch, RuleSet, TraceEntry } from "./rule-set.ts";

export interface Decision {
  readonly ruleSet: string;
  readonly ruleSetHash: string;
  readonly status: Status;
  readonly funded: boolean;
  readonly subjectToReview: boolean;
  readonly message: string;
  readonly trace: readonly TraceEntry[];
}

/** An application a rule set cannot decide (missing_mandatory_institution), with the steps taken. */
export interface Undecided {
  readonly ruleSet: string;
  readonly ruleSetHash: string;
  readonly error: { readonly code: DecisionErrorCode; readonly message: string };
  readonly trace: readonly TraceEntry[];
}

export type DecideResult = Decision | Undecided;

export function isUndecided(result: DecideResult): result is Undecided {
  return "error" in result;
}

/** Walk the steps; returns the deciding branch, pushing each step taken onto `trace` when given. */
export function walk(ruleSet: RuleSet, application: Application, trace: TraceEntry[] | null): CompiledBranch {
  const { tests, branches, entries } = ruleSet.engine;
  let i = 0;
  for (;;) {
    const k = tests[i]!(application) ? 2 * i + 1 : 2 * i;
    if (trace !== null) trace.push(entries[k]!);
    const branch = branches[k]!;
    if (branch.kind !== 0) return branch;
    i = branch.target;
  }
}

export function undecidedMessage(branch: CompiledBranch, application: Application): string {
  const setting = application.workSetting === null ? "no work setting" : `work setting "${application.workSetting}"`;
  return `institution is ${application.institution === null ? "null" : "missing"}, but this application (${setting}, course "${application.course}") needs ${branch.error!.needs}`;
}

export function decide(application: Application, ruleSet: RuleSet): DecideResult {
  const trace: TraceEntry[] = [];
  const branch = walk(ruleSet, application, trace);
  if (branch.kind === 2) {
    return {
      ruleSet: ruleSet.id,
      ruleSetHash: ruleSet.hash,
      error: { code: branch.error!.code, message: undecidedMessage(branch, application) },
      trace,
    };
  }
  const outcome = branch.outcome!;
  return {
    ruleSet: ruleSet.id,
    ruleSetHash: ruleSet.hash,
    status: branch.status!,
    funded: outcome.funded,
    subjectToReview: outcome.subjectToReview,
    message: ruleSet.engine.messages[branch.status!]![application.course]!,
    trace,
  };
}
