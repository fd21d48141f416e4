// A rule set's hash changes when, and only when, what it decides or cites changes.
import { describe, expect, it } from "vitest";
import {
  OUTCOMES,
  PARAMETERS,
  RULE_SETS,
  RULE_SET_DEFINITIONS,
  canonicalHash,
  canonicalJson,
  compileRuleSets,
  sha256Hex,
  type Parameter,
  type RuleSetDefinition,
} from "../../rules/index.ts";

const hashes = (sets: ReturnType<typeof compileRuleSets>) => Object.fromEntries(sets.map((r) => [r.id, r.hash]));
const baseline = hashes(RULE_SETS);
const clone = <T>(v: T): T => structuredClone(v);

function withDefinition(id: string, change: (d: RuleSetDefinition & { steps: any[] }) => void) {
  return RULE_SET_DEFINITIONS.map((d) => {
    if (d.id !== id) return d;
    const copy = clone(d) as RuleSetDefinition & { steps: any[] };
    change(copy);
    return copy;
  });
}

describe("canonical JSON and sha256", () => {
  it("serialise objects the same whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it("hash with sha256 in hex", () => {
    // The well-known sha256 of "abc".
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(canonicalHash({ a: 1, b: 2 })).toBe(canonicalHash({ b: 2, a: 1 }));
  });
});

describe("rule set hashes", () => {
  it("are distinct 64-character hex strings", () => {
    for (const r of RULE_SETS) expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(baseline)).size).toBe(RULE_SETS.length);
  });

  it("do not change when the same data is compiled again, or its object keys are reordered", () => {
    expect(hashes(compileRuleSets(RULE_SET_DEFINITIONS))).toEqual(baseline);
    const reordered = RULE_SET_DEFINITIONS.map((d) => {
      const reverseKeys = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
      return reverseKeys(d) as RuleSetDefinition;
    });
    expect(hashes(compileRuleSets(reordered))).toEqual(baseline);
  });

  it("do not change with presentation only: title, summary, differences", () => {
    const changed = withDefinition("2026-06-01", (d) => {
      (d as any).title = "Another title";
      (d as any).summary = "Another summary";
      (d as any).differences = [];
    });
    expect(hashes(compileRuleSets(changed))).toEqual(baseline);
  });

  it("change when a step's decision changes, and only for that rule set", () => {
    const changed = hashes(compileRuleSets(withDefinition("2026-06-01", (d) => {
      const rise = d.steps.find((s) => s.id === "school-rise") as { yes: unknown; no: unknown };
      rise.yes = "next";
      rise.no = "next";
    })));
    expect(changed["2026-06-01"]).not.toBe(baseline["2026-06-01"]);
    expect(changed["2025-08-21"]).toBe(baseline["2025-08-21"]);
    expect(changed["2025-04-02"]).toBe(baseline["2025-04-02"]);
  });

  it("change when a step's question, rule text or condition changes", () => {
    for (const change of [
      (s: any) => (s.question = "Is the school on the RISE list (2026)?"),
      (s: any) => (s.rule = "A RISE school is funded."),
      (s: any) => (s.test = { onList: "pp50-schools" }),
    ]) {
      const changed = hashes(compileRuleSets(withDefinition("2025-08-21", (d) => change(d.steps.find((s) => s.id === "school-rise")))));
      expect(changed["2025-08-21"]).not.toBe(baseline["2025-08-21"]);
      expect(changed["2026-06-01"]).toBe(baseline["2026-06-01"]);
    }
  });

  it("change when a step's source changes", () => {
    const changed = hashes(compileRuleSets(withDefinition("2025-04-02", (d) => {
      d.steps[0].source = { ...d.steps[0].source, title: `${d.steps[0].source.title} (corrected)` };
    })));
    expect(changed["2025-04-02"]).not.toBe(baseline["2025-04-02"]);
  });

  it("change when the step order changes", () => {
    const changed = hashes(compileRuleSets(withDefinition("2026-06-01", (d) => {
      // Swapping "works in England" and "previously funded" is a valid order, but a different rule set.
      const [a, b] = [d.steps[1], d.steps[2]];
      d.steps[1] = b;
      d.steps[2] = a;
    })));
    expect(changed["2026-06-01"]).not.toBe(baseline["2026-06-01"]);
  });

  it("change when a parameter value read by the rule set changes, and not for rule sets that read another value", () => {
    const parameters = PARAMETERS.map((p) => {
      if (p.id !== "pp50-only-courses") return p;
      const copy = clone(p) as unknown as Parameter & { values: Record<string, { value: string[] }> };
      copy.values["2026-06-01"]!.value = [...copy.values["2026-06-01"]!.value, "npq-senior-leadership"];
      return copy;
    });
    const changed = hashes(compileRuleSets(RULE_SET_DEFINITIONS, parameters));
    expect(changed["2026-06-01"]).not.toBe(baseline["2026-06-01"]);
    expect(changed["2025-08-21"]).toBe(baseline["2025-08-21"]);
    expect(changed["2025-04-02"]).toBe(baseline["2025-04-02"]);
  });

  it("change when a parameter's source changes", () => {
    const parameters = PARAMETERS.map((p) => {
      if (p.id !== "eligible-establishment-types") return p;
      const copy = clone(p) as any;
      copy.values["2025-04-02"].source = { title: "Another source" };
      return copy;
    });
    const changed = hashes(compileRuleSets(RULE_SET_DEFINITIONS, parameters));
    for (const r of RULE_SETS) expect(changed[r.id]).not.toBe(baseline[r.id]);
  });

  it("change when a message changes, only for rule sets that can return that status", () => {
    const outcomes = { ...OUTCOMES, no_institution: { ...OUTCOMES.no_institution, message: "We could not find your workplace." } };
    const changed = hashes(compileRuleSets(RULE_SET_DEFINITIONS, PARAMETERS, outcomes));
    expect(changed["2025-04-02"]).not.toBe(baseline["2025-04-02"]);
    expect(changed["2025-08-21"]).toBe(baseline["2025-08-21"]);
    expect(changed["2026-06-01"]).toBe(baseline["2026-06-01"]);
  });
});
