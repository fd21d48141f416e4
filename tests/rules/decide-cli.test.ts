// The decide command as decision-io.md fixes it: JSON Lines in and out, same order, blank lines
// skipped, nothing else on stdout, exit 0/1/2; the same whether lines are decided on the main
// thread or on worker threads, in one batch or hundreds.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decideInput, expectedDecisions } from "./decide-input.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = resolve(root, "node_modules/.bin/tsx");

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  readonly lines: ReturnType<typeof JSON.parse>[];
}

function run(args: string[], input: string | Buffer, env: Record<string, string | undefined> = {}): Run {
  const r = spawnSync(tsx, ["scripts/decide.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
  });
  const lines = () => r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, get lines() { return lines(); } };
}

/** What a failing test prints about the run: exit status, signal, stdout (cut short) and stderr. */
function describeRun(r: Run): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}... (${s.length} characters in all)` : s);
  return `exit status ${r.status}, signal ${r.signal}\n--- stdout ---\n${cut(r.stdout, 2000)}\n--- stderr ---\n${cut(r.stderr, 4000)}`;
}

/** stdout is exactly the expected lines, each ending "\n", and nothing else; the first difference named. */
function expectOutput(r: Run, expected: readonly string[]): void {
  const got = r.stdout.split("\n");
  expect(got.pop(), `stdout should end with a newline\n${describeRun(r)}`).toBe("");
  const first = expected.findIndex((line, i) => got[i] !== line);
  if (first !== -1) {
    expect(got[first], `output line ${first + 1} differs\n${describeRun(r)}`).toBe(expected[first]);
  }
  expect(got.length, `number of output lines\n${describeRun(r)}`).toBe(expected.length);
}

/** Ways to run the same input: each must give the same bytes. */
const THREADINGS: readonly { name: string; env: { DECIDE_WORKERS?: string; DECIDE_BATCH_BYTES?: string; DECIDE_MAIN_THREAD?: string } }[] = [
  { name: "as configured by default", env: {} },
  { name: "on the main thread only", env: { DECIDE_WORKERS: "0" } },
  // Small batches over three workers, the main thread only reading and writing: hundreds of
  // batches, finishing out of order.
  { name: "in 8 KiB batches on three workers", env: { DECIDE_WORKERS: "3", DECIDE_BATCH_BYTES: "8192", DECIDE_MAIN_THREAD: "io-only" } },
  { name: "in 16 KiB batches on one worker and the main thread", env: { DECIDE_WORKERS: "1", DECIDE_BATCH_BYTES: "16384" } },
];

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

  it("exits 2 for a bad threading variable, writing nothing on stdout", () => {
    for (const env of [{ DECIDE_WORKERS: "many" }, { DECIDE_BATCH_BYTES: "0" }, { DECIDE_MAIN_THREAD: "sometimes" }]) {
      const r = run([], app("a"), env);
      expect(r.status, describeRun(r)).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/decide: DECIDE_/);
    }
  }, 30_000);

  it("decides a single line piped in, with or without its newline", () => {
    for (const input of [app("one"), `${app("one")}\n`, `${app("one")}\r\n`]) {
      const r = run(["--brief", "--as-of", "2026-07-01"], input);
      expect(r.status, describeRun(r)).toBe(0);
      expectOutput(r, expectedDecisions(input, { asOf: "2026-07-01", brief: true }).lines);
      expect(r.lines).toMatchObject([{ id: "one", status: "funded" }]);
    }
  }, 30_000);

  it("prints help with --help", () => {
    const r = run(["--help"], "");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--rule-set ID/);
  }, 30_000);
});

describe("npm run decide on 50,000 lines", () => {
  // Every path of every rule set, every error code, blank lines, Windows line ends, text that is not
  // ASCII and one line longer than any batch; checked line by line against decideJsonLine called
  // here in this process.
  const input = decideInput(50_000, 16, 40_000);
  const brief = expectedDecisions(input, { asOf: "2026-07-01", brief: true });

  it("the generated input has errors, blank lines and many rule sets", () => {
    const ruleSets = new Set(brief.lines.map((l) => JSON.parse(l).ruleSet).filter(Boolean));
    expect(ruleSets.size).toBe(3);
    expect(brief.anyError).toBe(true);
    expect(brief.lines.length).toBeLessThan(50_000);
    const codes = new Set(brief.lines.map((l) => JSON.parse(l).error?.code).filter(Boolean));
    expect([...codes].sort()).toEqual(["invalid_input", "invalid_json", "missing_mandatory_institution", "no_rule_set_in_force", "unknown_rule_set"]);
  });

  it.each(THREADINGS)("writes --brief decisions in input order, nothing else, and exits 1 ($name)", ({ env }) => {
    const r = run(["--brief", "--as-of", "2026-07-01"], input, env);
    expect(r.status, describeRun(r)).toBe(1);
    expectOutput(r, brief.lines);
  }, 120_000);

  it("writes full traces in input order (in 8 KiB batches on three workers)", () => {
    const { env } = THREADINGS[2]!;
    const r = run(["--as-of", "2026-07-01"], input, env);
    expect(r.status, describeRun(r)).toBe(1);
    expectOutput(r, expectedDecisions(input, { asOf: "2026-07-01" }).lines);
  }, 120_000);

  it.each([THREADINGS[0]!, THREADINGS[2]!])("exits 0 when no line is an error ($name)", ({ env }) => {
    const good = input
      .split("\n")
      .filter((l) => !expectedDecisions(l, { asOf: "2026-07-01", brief: true }).anyError)
      .join("\n");
    const r = run(["--brief", "--as-of", "2026-07-01"], good, env);
    expect(r.status, describeRun(r)).toBe(0);
    expectOutput(r, expectedDecisions(good, { asOf: "2026-07-01", brief: true }).lines);
  }, 120_000);

  it("exits 1 for one bad line among 50,000 good ones, deep inside a worker's batch", () => {
    const good = Array.from({ length: 50_000 }, (_, i) => app(`g${i}`));
    good[37_123] = "{oops";
    const text = good.join("\n");
    const r = run(["--brief", "--as-of", "2026-07-01"], text, THREADINGS[2]!.env);
    expect(r.status, describeRun(r)).toBe(1);
    expectOutput(r, expectedDecisions(text, { asOf: "2026-07-01", brief: true }).lines);
    expect(r.lines[37_123]).toMatchObject({ line: 37_124, error: { code: "invalid_json" } });
  }, 120_000);

  it("decodes bytes that are not UTF-8 as the whole input's decoder would, batch edges or not", () => {
    const bytes = Buffer.concat([
      Buffer.from(input.slice(0, 300_000)),
      Buffer.from([0x0a, 0xff, 0xfe, 0x0a, 0xe2, 0x82, 0x0a, 0x7b, 0xc3, 0x0a]),
      Buffer.from(app("after-bad-bytes")),
    ]);
    const expected = expectedDecisions(bytes.toString("utf8"), { asOf: "2026-07-01", brief: true });
    for (const { env } of THREADINGS) {
      const r = run(["--brief", "--as-of", "2026-07-01"], bytes, { ...env, DECIDE_BATCH_BYTES: env.DECIDE_BATCH_BYTES ?? "4096" });
      expect(r.status, describeRun(r)).toBe(1);
      expectOutput(r, expected.lines);
    }
  }, 120_000);
});

describe("npm run decide, through npm (docs/rules.md says why --silent matters)", () => {
  const line = JSON.stringify({ course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, asOf: "2026-07-01", workSetting: "a_school", institution: { kind: "school", establishmentTypeCode: "1", lists: [] } }) + "\n";
  const npm = (args: string[]) => spawnSync("npm", args, { cwd: root, input: line, encoding: "utf8" });

  it("with --silent writes only JSON Lines to stdout", () => {
    const r = npm(["run", "--silent", "decide", "--", "--brief"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l).status)).toEqual(["funded"]);
  });

  it("without --silent, npm's own banner comes first on stdout, as docs/rules.md warns (the project cannot move it)", () => {
    const r = npm(["run", "decide", "--", "--brief"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n").filter(Boolean);
    // If this fails because the banner is gone (npm changed, or an .npmrc silences it), docs/rules.md
    // should say that plain `npm run decide` is pure JSON Lines now.
    expect(lines[0]).toMatch(/^> npq-design-history@\S+ decide$/);
    expect(JSON.parse(lines.at(-1)!).status).toBe("funded");
    expect(readFileSync(resolve(root, "docs/rules.md"), "utf8")).toMatch(/Keep `--silent`\. Without it, npm itself writes two lines to standard output/);
  });
});
