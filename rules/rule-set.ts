// A rule set is data: an ordered list of steps, each a question (a Condition) with what a "yes" and a
// "no" lead to. compileRuleSet checks the data, resolves the dated parameters on the rule set's start
// date, hashes what the rule set decides and cites, and builds the predicates the decisions run.
// The site prints the same steps the decisions walk, so the two cannot drift apart.

import { canonicalHash } from "./hash.ts";
import {
  compileCondition,
  fieldsReadBy,
  parametersReadBy,
  type Condition,
  type Predicate,
} from "./conditions.ts";
import { RulesError, type DecisionErrorCode } from "./errors.ts";
import { parameterValueAt, type Parameter, type ParameterValue } from "./parameters.ts";
import type { Outcome, Status } from "./outcomes.ts";
import type { Source } from "./sources.ts";

/** What an answer leads to: the next step, a later step, an outcome, or an error. */
export type Branch =
  | "next"
  | { readonly goTo: string }
  | { readonly outcome: Status }
  | { readonly error: "missing_mandatory_institution"; readonly needs: string };

export interface StepDefinition {
  readonly id: string;
  /** The question, as a policy reader would ask it. */
  readonly question: string;
  /** What the step decides, in plain English. */
  readonly rule: string;
  readonly test: Condition;
  readonly yes: Branch;
  readonly no: Branch;
  readonly source: Source;
}

/** A statement of the guidance: the section cited, and its own words (a short phrase of that section). */
export interface GuidanceQuote {
  readonly source: Source;
  readonly quote: string;
}

/**
 * A place where published guidance and the service's behaviour differ (funding-rules.md), beside the
 * step that decides otherwise; the step's own source cites the service. One note may answer several
 * statements the step departs from. tests/rules/guidance-differences.test.ts compares every statement
 * of the guidance with every rule set, and fails on a difference without a note, or a note (or a
 * statement in one) without a difference.
 */
export interface Difference {
  readonly step: string;
  /** The statements of the guidance the step departs from. */
  readonly guidance: readonly GuidanceQuote[];
  /** What the guidance says and what the service does instead, in plain English. */
  readonly text: string;
}

export interface RuleSetDefinition {
  readonly id: string;
  readonly validFrom: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly StepDefinition[];
  readonly differences: readonly Difference[];
}

export interface Step extends StepDefinition {
  /** 1-based position, for printing. */
  readonly number: number;
  /** Outcomes this step can yield, yes-branch first. */
  readonly outcomes: readonly Status[];
  /** Errors this step can end in. */
  readonly errors: readonly DecisionErrorCode[];
  /** Parameters and application fields the question reads. */
  readonly reads: { readonly parameters: readonly string[]; readonly fields: readonly string[] };
}

export interface TraceEntry {
  readonly step: string;
  readonly question: string;
  readonly answer: "yes" | "no";
  readonly source: Source;
}

/** A compiled branch: kind 0 = go to step `target`, 1 = outcome, 2 = error. */
export interface CompiledBranch {
  readonly kind: 0 | 1 | 2;
  readonly target: number;
  readonly status: Status | null;
  readonly outcome: Outcome | null;
  readonly error: { readonly code: DecisionErrorCode; readonly needs: string } | null;
}

/** The compiled form the decisions run; internal to rules/ but exposed for tests and benchmarks. */
export interface Engine {
  readonly tests: readonly Predicate[];
  /** branches[2 * i + 1] for "yes" at step i, branches[2 * i] for "no". */
  readonly branches: readonly CompiledBranch[];
  /** trace entries, same indexing as branches. */
  readonly entries: readonly TraceEntry[];
  /** messages[status][courseId], with {course} already substituted. */
  readonly messages: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface RuleSet {
  readonly id: string;
  readonly validFrom: string;
  /** Last day in force (inclusive), or null while in force. */
  readonly validTo: string | null;
  readonly title: string;
  readonly summary: string;
  /** sha256 (hex) of the canonical JSON of hashedData. */
  readonly hash: string;
  readonly steps: readonly Step[];
  /** The statuses this rule set can return, in first-reached step order. */
  readonly outcomes: readonly Status[];
  /** The parameter values the steps read, as in force on validFrom. */
  readonly parameters: readonly ParameterValue[];
  readonly differences: readonly Difference[];
  readonly engine: Engine;
}

export interface CompileOptions {
  readonly parameters: readonly Parameter[];
  readonly outcomes: Readonly<Record<string, Outcome>>;
  readonly courses: readonly { readonly id: string; readonly name: string }[];
  readonly validTo: string | null;
}

/**
 * What the hash covers: everything a decision reads or cites (steps with their questions, rules,
 * conditions, branches and sources; the parameter values used with their sources; the outcomes with
 * their messages and sources). Not covered: title, summary, differences (commentary) and validTo,
 * which is set by the next rule set, so that adding a rule set leaves earlier hashes unchanged.
 */
export function hashedData(definition: RuleSetDefinition, parameters: readonly ParameterValue[], outcomes: readonly Outcome[]) {
  return {
    id: definition.id,
    validFrom: definition.validFrom,
    steps: definition.steps.map(({ id, question, rule, test, yes, no, source }) => ({ id, question, rule, test, yes, no, source })),
    parameters: parameters.map(({ id, description, vocabulary, from, value, source }) => ({ id, description, vocabulary, from, value, source })),
    outcomes: outcomes.map(({ status, funded, subjectToReview, message, source }) => ({ status, funded, subjectToReview, message, source })),
  };
}

export function compileRuleSet(definition: RuleSetDefinition, options: CompileOptions): RuleSet {
  const where = (s: string) => `Rule set "${definition.id}", step "${s}"`;
  const indexOf = new Map<string, number>();
  definition.steps.forEach((s, i) => {
    if (indexOf.has(s.id)) throw new RulesError("invalid_definition", `${where(s.id)}: step id used twice`);
    indexOf.set(s.id, i);
  });
  if (definition.steps.length === 0) throw new RulesError("invalid_definition", `Rule set "${definition.id}" has no steps`);

  const parameterValues = new Map<string, ParameterValue>();
  const lookup = (id: string): ParameterValue => {
    const known = parameterValues.get(id);
    if (known) return known;
    const parameter = options.parameters.find((p) => p.id === id);
    if (!parameter) throw new RulesError("invalid_definition", `Rule set "${definition.id}": unknown parameter "${id}"`);
    const value = parameterValueAt(parameter, definition.validFrom);
    parameterValues.set(id, value);
    return value;
  };

  const outcomeStatuses: Status[] = [];
  const compileBranch = (branch: Branch, stepIndex: number, stepId: string): CompiledBranch => {
    if (branch === "next") {
      if (stepIndex + 1 >= definition.steps.length) {
        throw new RulesError("invalid_definition", `${where(stepId)}: "next" from the last step`);
      }
      return { kind: 0, target: stepIndex + 1, status: null, outcome: null, error: null };
    }
    if ("goTo" in branch) {
      const target = indexOf.get(branch.goTo);
      if (target === undefined) throw new RulesError("invalid_definition", `${where(stepId)}: goTo unknown step "${branch.goTo}"`);
      // Forward only: every walk visits steps in printed order, and no walk can loop.
      if (target <= stepIndex) throw new RulesError("invalid_definition", `${where(stepId)}: goTo "${branch.goTo}" goes backwards`);
      return { kind: 0, target, status: null, outcome: null, error: null };
    }
    if ("outcome" in branch) {
      const outcome = options.outcomes[branch.outcome];
      if (!outcome) throw new RulesError("invalid_definition", `${where(stepId)}: unknown outcome "${branch.outcome}"`);
      if (!outcomeStatuses.includes(branch.outcome)) outcomeStatuses.push(branch.outcome);
      return { kind: 1, target: -1, status: branch.outcome, outcome, error: null };
    }
    return { kind: 2, target: -1, status: null, outcome: null, error: { code: branch.error, needs: branch.needs } };
  };

  const tests: Predicate[] = [];
  const branches: CompiledBranch[] = [];
  const entries: TraceEntry[] = [];
  const steps: Step[] = definition.steps.map((s, i) => {
    tests.push(compileCondition(s.test, lookup, where(s.id)));
    const no = compileBranch(s.no, i, s.id);
    const yes = compileBranch(s.yes, i, s.id);
    branches.push(no, yes);
    entries.push(
      Object.freeze({ step: s.id, question: s.question, answer: "no" as const, source: s.source }),
      Object.freeze({ step: s.id, question: s.question, answer: "yes" as const, source: s.source }),
    );
    const outcomes = [yes, no].filter((b) => b.kind === 1).map((b) => b.status!);
    const errors = [yes, no].filter((b) => b.kind === 2).map((b) => b.error!.code);
    return {
      ...s,
      number: i + 1,
      outcomes: [...new Set(outcomes)],
      errors: [...new Set(errors)],
      reads: { parameters: parametersReadBy(s.test), fields: fieldsReadBy(s.test) },
    };
  });
  assertAllReachable(definition, branches);

  // Order the outcome list by step, so a printed rule set lists them as a reader meets them.
  const outcomes = steps.flatMap((s) => s.outcomes).filter((o, i, all) => all.indexOf(o) === i);
  const parameters = [...parameterValues.values()];
  const hash = canonicalHash(hashedData(definition, parameters, outcomes.map((o) => options.outcomes[o]!)));

  const messages: Record<string, Record<string, string>> = {};
  for (const status of outcomes) {
    const template = options.outcomes[status]!.message;
    const byCourse: Record<string, string> = {};
    for (const course of options.courses) byCourse[course.id] = template.replaceAll("{course}", course.name);
    messages[status] = byCourse;
  }

  return Object.freeze({
    id: definition.id,
    validFrom: definition.validFrom,
    validTo: options.validTo,
    title: definition.title,
    summary: definition.summary,
    hash,
    steps,
    outcomes,
    parameters,
    differences: definition.differences,
    engine: { tests, branches, entries, messages },
  });
}

function assertAllReachable(definition: RuleSetDefinition, branches: readonly CompiledBranch[]): void {
  const reached = new Set<number>([0]);
  for (let i = 0; i < definition.steps.length; i++) {
    if (!reached.has(i)) {
      throw new RulesError("invalid_definition", `Rule set "${definition.id}", step "${definition.steps[i]!.id}" cannot be reached`);
    }
    for (const b of [branches[2 * i]!, branches[2 * i + 1]!]) if (b.kind === 0) reached.add(b.target);
  }
}
