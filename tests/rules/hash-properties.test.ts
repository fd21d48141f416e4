// Rule set hashes, as properties over every step of every rule set (fast-check): the hash changes
// when, and only when, what a rule set decides or cites changes. Complements hash.test.ts's examples.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_SETS, RULE_SET_DEFINITIONS, compileRuleSets, type RuleSetDefinition } from "../../rules/index.ts";

const baseline = Object.fromEntries(RULE_SETS.map((r) => [r.id, r.hash]));
const hashes = (definitions: readonly RuleSetDefinition[]) => Object.fromEntries(compileRuleSets(definitions).map((r) => [r.id, r.hash]));

/** A copy of the definitions with one step of one rule set changed. */
function changeStep(ruleSetIndex: number, stepIndex: number, change: (step: any) => void): RuleSetDefinition[] {
  return RULE_SET_DEFINITIONS.map((d, i) => {
    if (i !== ruleSetIndex) return d;
    const copy = structuredClone(d) as any;
    change(copy.steps[stepIndex % copy.steps.length]);
    return copy;
  });
}

const anyStep = fc.record({ ruleSet: fc.nat({ max: RULE_SET_DEFINITIONS.length - 1 }), step: fc.nat({ max: 1000 }) });
const someText = fc.string({ minLength: 1, maxLength: 20 });

describe("a rule set's hash, for any step of any rule set", () => {
  it("changes when the step's question, rule text or source changes, and no other rule set's hash does", () => {
    fc.assert(
      fc.property(anyStep, fc.constantFrom("question", "rule", "source.title", "source.section"), someText, ({ ruleSet, step }, field, text) => {
        const changed = hashes(
          changeStep(ruleSet, step, (s) => {
            if (field.startsWith("source.")) s.source = { ...s.source, [field.slice(7)]: `${s.source[field.slice(7)] ?? ""}${text}` };
            else s[field] = `${s[field]}${text}`;
          }),
        );
        const id = RULE_SET_DEFINITIONS[ruleSet]!.id;
        expect(changed[id]).not.toBe(baseline[id]);
        for (const other of RULE_SETS) if (other.id !== id) expect(changed[other.id]).toBe(baseline[other.id]);
      }),
      { numRuns: 60 },
    );
  });

  it("changes when a step's branches swap (what it decides), whenever the two branches differ", () => {
    fc.assert(
      fc.property(anyStep, ({ ruleSet, step }) => {
        const definition = RULE_SET_DEFINITIONS[ruleSet]!;
        const s = definition.steps[step % definition.steps.length]!;
        fc.pre(JSON.stringify(s.yes) !== JSON.stringify(s.no));
        let compiled: Record<string, string>;
        try {
          compiled = hashes(changeStep(ruleSet, step, (x) => ([x.yes, x.no] = [x.no, x.yes])));
        } catch {
          return; // some swaps leave a step unreachable: not a rule set at all
        }
        expect(compiled[definition.id]).not.toBe(baseline[definition.id]);
      }),
      { numRuns: 60 },
    );
  });

  it("changes when a step's condition changes", () => {
    fc.assert(
      fc.property(anyStep, ({ ruleSet, step }) => {
        const id = RULE_SET_DEFINITIONS[ruleSet]!.id;
        // Negating the question keeps the rule set valid and changes what it decides.
        const changed = hashes(changeStep(ruleSet, step, (s) => (s.test = { not: s.test })));
        expect(changed[id]).not.toBe(baseline[id]);
      }),
      { numRuns: 40 },
    );
  });

  it("does not change when keys are reordered, or title, summary or differences (commentary) change", () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    fc.assert(
      fc.property(someText, someText, (title, summary) => {
        const changed = RULE_SET_DEFINITIONS.map((d) => ({ ...(reverseKeys(d) as RuleSetDefinition), title, summary, differences: [] }));
        expect(hashes(changed)).toEqual(baseline);
      }),
      { numRuns: 20 },
    );
  });

  it("does not change when a later rule set is added (only validTo, which is not hashed, moves)", () => {
    const last = RULE_SET_DEFINITIONS.at(-1)!;
    const later = { ...structuredClone(last), id: "2099-01-01", validFrom: "2099-01-01", title: "A later rule set" } as RuleSetDefinition;
    const compiled = compileRuleSets([...RULE_SET_DEFINITIONS, later]);
    for (const r of RULE_SETS) expect(compiled.find((c) => c.id === r.id)!.hash).toBe(r.hash);
    expect(compiled.find((c) => c.id === last.id)!.validTo).toBe("2098-12-31");
  });
});
