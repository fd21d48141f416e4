// A small step flow for the rules beyond funding (assessment entry, SENCO qualification, previous
// funding): the same shape as a funding rule set (steps as data with a question, a plain-English rule
// and a source, plus a predicate; first matching step wins; forward-only jumps), so the site can
// print them and every answer carries a trace.

import { RulesError } from "./errors.ts";
import type { Source } from "./sources.ts";

export type FlowBranch<O extends string> = "next" | { readonly goTo: string } | { readonly outcome: O };

export interface FlowStep<I, O extends string> {
  readonly id: string;
  readonly question: string;
  readonly rule: string;
  readonly source: Source;
  readonly test: (input: I) => boolean;
  readonly yes: FlowBranch<O>;
  readonly no: FlowBranch<O>;
}

/** An outcome of a flow in a policy reader's words: a short label and what it means. */
export interface FlowOutcomeWords {
  readonly label: string;
  readonly meaning: string;
}

export interface FlowTraceEntry {
  readonly step: string;
  readonly question: string;
  readonly answer: "yes" | "no";
  readonly source: Source;
}

export interface FlowResult<O extends string> {
  readonly outcome: O;
  readonly trace: readonly FlowTraceEntry[];
}

/** Check a flow's data once: unique ids, forward-only jumps, no "next" off the end. */
export function defineFlow<I, O extends string>(name: string, steps: readonly FlowStep<I, O>[]): readonly FlowStep<I, O>[] {
  const ids = steps.map((s) => s.id);
  steps.forEach((s, i) => {
    if (ids.indexOf(s.id) !== i) throw new RulesError("invalid_definition", `${name}: step "${s.id}" used twice`);
    for (const b of [s.yes, s.no]) {
      if (b === "next" && i === steps.length - 1) throw new RulesError("invalid_definition", `${name}: "next" from the last step "${s.id}"`);
      if (typeof b === "object" && "goTo" in b && ids.indexOf(b.goTo) <= i) {
        throw new RulesError("invalid_definition", `${name}: step "${s.id}" goes to "${b.goTo}", which is not a later step`);
      }
    }
  });
  return steps;
}

export function runFlow<I, O extends string>(steps: readonly FlowStep<I, O>[], input: I): FlowResult<O> {
  const trace: FlowTraceEntry[] = [];
  let i = 0;
  for (;;) {
    const step = steps[i]!;
    const answer = step.test(input);
    trace.push({ step: step.id, question: step.question, answer: answer ? "yes" : "no", source: step.source });
    const branch = answer ? step.yes : step.no;
    if (branch === "next") i++;
    else if ("goTo" in branch) i = steps.findIndex((s) => s.id === branch.goTo);
    else return { outcome: branch.outcome, trace };
  }
}

/** The outcomes a flow can end in, in step order. */
export function flowOutcomes<I, O extends string>(steps: readonly FlowStep<I, O>[]): O[] {
  const out: O[] = [];
  for (const s of steps) for (const b of [s.yes, s.no]) if (typeof b === "object" && "outcome" in b && !out.includes(b.outcome)) out.push(b.outcome);
  return out;
}
