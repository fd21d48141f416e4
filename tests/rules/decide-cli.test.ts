// The decide command as decision-io.md fixes it: JSON Lines in and out, same order, blank lines
// skipped, nothing else on stdout, exit 0/1/2.
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = resolve(root, "node_modules/.bin/tsx");

function run(args: string[], input: string) {
  const r = spawnSync(tsx, ["scripts/decide.ts", ...args], { cwd: root, input, encoding: "utf8" });
  const lines = () => r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, get lines() { return lines(); } };
}

const app = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, workSetting: "a_school", institution: { kind: "school", establishmentTypeCode: "1", lists: [] }, ...extra });

describe("npm run decide", () => {
  it("decides every line in order, skipping blank lines, and exits 0", () => {
    const r = run(["--as-of", "2026-07-01"], [app("a"), "", app("b", { worksInEngland: false }), "   ", app("c", { course: "npq-leading-teaching" })].join("\n") + "\n");
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => [l.id, l.status])).toEqual([["a", "funded"], ["b", "not_in_england"], ["c", "ineligible_establishment_not_a_pp50"]]);
    expect(r.lines[0].trace.length).toBeGreaterThan(3);
  }, 30_000);

  it("writes error lines with their line number in place, decides the rest, and exits 1", () => {
    const r = run(["--brief", "--as-of", "2026-07-01"], [app("a"), "", "{oops", app("d", { course: "npq-knitting" })].join("\n"));
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0]).not.toHaveProperty("trace");
    expect(r.lines[1]).toMatchObject({ line: 3, error: { code: "invalid_json" } });
    expect(r.lines[2]).toMatchObject({ id: "d", line: 4, error: { code: "invalid_input" } });
  }, 30_000);

  it("exits 2 for a bad option, writing nothing on stdout", () => {
    for (const args of [["--rule-set", "2020-01-01"], ["--as-of", "tomorrow"], ["--loud"]]) {
      const r = run(args, app("a"));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/decide:/);
    }
  }, 30_000);

  it("forces one rule set with --rule-set", () => {
    const r = run(["--rule-set", "2025-04-02"], app("a", { ruleSet: "2026-06-01", course: "npq-leading-primary-mathematics" }));
    expect(r.lines[0]).toMatchObject({ ruleSet: "2025-04-02", status: "funded" });
  }, 30_000);

  it("prints help with --help", () => {
    const r = run(["--help"], "");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--rule-set ID/);
  }, 30_000);
});
