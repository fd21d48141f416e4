// Runs the scenario tables kept as data (scenarios/*.csv, *.yaml) and proves they cover every outcome
// of every rule set, every error code, and the day before and the day of each rule change.
import { describe, expect, it } from "vitest";
import { DECISION_ERROR_CODES, RULE_SETS, decideJsonLine, decideLine, isErrorLine, previousDay } from "../../rules/index.ts";
import { errorScenarios, fundingScenarios, precedenceScenarios } from "./scenario-loader.ts";

const funding = fundingScenarios();
const errors = errorScenarios();
const precedence = precedenceScenarios();

describe("funding scenarios (scenarios/funding.csv)", () => {
  it.each(funding.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const out = decideLine(s.raw, s.options);
    if ("error" in s.expected) {
      expect(isErrorLine(out) ? out.error.code : (out as { status: string }).status).toBe(s.expected.error);
    } else {
      expect(isErrorLine(out) ? out.error : undefined).toBeUndefined();
      expect(isErrorLine(out) ? undefined : out.status).toBe(s.expected.status);
    }
  });
});

describe("error scenarios (scenarios/errors.yaml)", () => {
  it.each(errors.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    let raw: unknown;
    try {
      raw = JSON.parse(s.input);
    } catch {
      // invalid_json is decided on the text: decideJsonLine covers it.
      raw = undefined;
    }
    const options = { today: "2026-07-01", line: 7, ...s.options };
    const out =
      raw === undefined
        ? (JSON.parse(decideJsonLineText(s.input, options)) as ReturnType<typeof decideLine>)
        : decideLine(raw, options);
    expect(isErrorLine(out)).toBe(true);
    if (!isErrorLine(out)) return;
    expect(out.error.code).toBe(s.expected);
    expect(out.error.message).toContain(s.messageIncludes);
    expect(out.line).toBe(7);
  });
});

describe("rule-set precedence (scenarios/precedence.yaml)", () => {
  const base = { course: "npq-headship", cohort: { id: "2025b", funding: "full" }, worksInEngland: true, workSetting: "other" };
  it.each(precedence.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    const out = decideLine({ ...base, ...s.line }, s.options);
    expect(isErrorLine(out) ? out.error : out.ruleSet).toBe(s.expected);
  });
});

describe("coverage of the scenario tables", () => {
  const decided = funding.map((s) => ({ s, out: decideLine(s.raw, s.options) }));

  it("covers every outcome of every rule set", () => {
    for (const ruleSet of RULE_SETS) {
      const covered = new Set(decided.filter(({ out }) => !isErrorLine(out) && out.ruleSet === ruleSet.id).map(({ out }) => (out as { status: string }).status));
      const missing = ruleSet.outcomes.filter((o) => !covered.has(o));
      expect(missing, `rule set ${ruleSet.id} outcomes without a scenario`).toEqual([]);
    }
  });

  it("covers every error code", () => {
    const codes = new Set([
      ...errors.map((e) => e.expected),
      ...funding.filter((s) => "error" in s.expected).map((s) => (s.expected as { error: string }).error),
    ]);
    expect(DECISION_ERROR_CODES.filter((c) => !codes.has(c))).toEqual([]);
  });

  it("covers the day before and the day of each rule change", () => {
    const dates = new Set(funding.map((s) => s.raw.asOf as string));
    for (const ruleSet of RULE_SETS) {
      expect(dates, `day before ${ruleSet.id}`).toContain(previousDay(ruleSet.validFrom));
      expect(dates, `first day of ${ruleSet.id}`).toContain(ruleSet.validFrom);
    }
  });

  it("gives every scenario a distinct sentence name", () => {
    const names = [...funding, ...errors, ...precedence].map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

function decideJsonLineText(text: string, options: Parameters<typeof decideJsonLine>[1]): string {
  return decideJsonLine(text, options).json;
}
