// What differs from one rule set to another, computed here for the tests of the compare pages
// (/rules/compare/<from>/<to>/) apart from the site's comparison (site/views/rules-changes.ts): the
// steps straight from the rule set data, the parameters from their values, and the table cells by
// deciding every example application of either rule set's eligibility table under both with
// `decide` (the site looks each one up in the other table's rows instead).
import { decide, eligibilityRows, missingInstitutionRows, type Branch, type Condition, type RuleSet, type Step } from "../../rules/index.ts";

export type Aspect = "question" | "rule" | "test" | "answers" | "parameters" | "number";

export interface ExpectedDifferences {
  /** By step id: "added" (only in `to`), "removed" (only in `from`) or "changed", with what differs. */
  steps: Map<string, { kind: "added" | "removed" | "changed"; aspects: Aspect[] }>;
  /** The ids of the parameters whose values (as sets) differ, or that only one rule set reads. */
  parameters: Set<string>;
  /** By "course|work setting|from path|to path" (paths as step numbers and answers, "1y2n"): both outcomes. */
  cells: Map<string, { from: string; to: string }>;
}

/** Where a branch leads: the next step's id, a later step's id, an outcome or an error. */
function target(ruleSet: RuleSet, index: number, branch: Branch): string {
  if (branch === "next") return `step:${ruleSet.steps[index + 1]!.id}`;
  if ("goTo" in branch) return `step:${branch.goTo}`;
  if ("outcome" in branch) return `outcome:${branch.outcome}`;
  return `error:${branch.error}:${branch.needs}`;
}

/** The parameter ids a condition names, found by walking its data. */
function parametersNamed(condition: Condition): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      if ("param" in value && typeof (value as { param: unknown }).param === "string") found.push((value as { param: string }).param);
      Object.values(value).forEach(visit);
    }
  };
  visit(condition);
  return found;
}

const valueOf = (ruleSet: RuleSet, id: string) => {
  const p = ruleSet.parameters.find((v) => v.id === id);
  return p ? JSON.stringify([...p.value].sort()) : "not read";
};

function stepAspects(from: RuleSet, to: RuleSet, a: Step, b: Step): Aspect[] {
  const aspects: Aspect[] = [];
  const i = from.steps.indexOf(a);
  const j = to.steps.indexOf(b);
  if (a.question !== b.question) aspects.push("question");
  if (a.rule !== b.rule) aspects.push("rule");
  if (JSON.stringify(a.test) !== JSON.stringify(b.test)) aspects.push("test");
  if (target(from, i, a.yes) !== target(to, j, b.yes) || target(from, i, a.no) !== target(to, j, b.no)) aspects.push("answers");
  const named = new Set([...parametersNamed(a.test), ...parametersNamed(b.test)]);
  if ([...named].some((id) => valueOf(from, id) !== valueOf(to, id))) aspects.push("parameters");
  if (i !== j) aspects.push("number");
  return aspects;
}

export function expectedDifferences(from: RuleSet, to: RuleSet): ExpectedDifferences {
  const steps: ExpectedDifferences["steps"] = new Map();
  for (const b of to.steps) {
    const a = from.steps.find((s) => s.id === b.id);
    if (!a) steps.set(b.id, { kind: "added", aspects: [] });
    else {
      const aspects = stepAspects(from, to, a, b);
      if (aspects.length) steps.set(b.id, { kind: "changed", aspects });
    }
  }
  for (const a of from.steps) if (!to.steps.some((s) => s.id === a.id)) steps.set(a.id, { kind: "removed", aspects: [] });

  const ids = new Set([...from.parameters, ...to.parameters].map((p) => p.id));
  const parameters = new Set([...ids].filter((id) => valueOf(from, id) !== valueOf(to, id)));

  const compact = (r: RuleSet, trace: readonly { step: string; answer: string }[]) =>
    trace.map((t) => `${r.steps.findIndex((s) => s.id === t.step) + 1}${t.answer[0]}`).join("");
  const outcome = (res: ReturnType<typeof decide>) => ("error" in res ? "undecided" : res.status);
  const applications = [from, to].flatMap((r) => [...eligibilityRows(r), ...missingInstitutionRows(r)].map((row) => row.application));
  const cells: ExpectedDifferences["cells"] = new Map();
  for (const app of applications) {
    const x = decide(app, from);
    const y = decide(app, to);
    if (outcome(x) === outcome(y)) continue;
    cells.set(`${app.course}|${app.workSetting ?? "none"}|${compact(from, x.trace)}|${compact(to, y.trace)}`, { from: outcome(x), to: outcome(y) });
  }
  return { steps, parameters, cells };
}
