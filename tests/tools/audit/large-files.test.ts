// Past the limits: --json lists the first 10,000 disagreements and says "truncated"; the CSV has
// them all; the HTML report shows the first 1,000 with traces and says how many it left out.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { writeRecordsFile } from "../../../tools/audit/generate-records.ts";
import { readCsv, runAuditCli, tempFolder, type AuditRun } from "./run-audit-cli.ts";

const RECORDS = 10_050;
const tmp = tempFolder();
let run: AuditRun;
let planted: { disagree: number; errors: number };

beforeAll(async () => {
  const input = tmp.path("recorded.jsonl");
  // Every generated record disagrees; then every 26th is made bad (an unknown course), so errors and
  // disagreements mix in one file.
  await writeRecordsFile(input, { records: RECORDS + 402, format: "jsonl", disagreeEvery: 1, errorEvery: 0 });
  const lines = readFileSync(input, "utf8").trimEnd().split("\n");
  const bad = (i: number) => (i + 1) % 26 === 0;
  tmp.write("recorded.jsonl", lines.map((l, i) => (bad(i) ? l.replace(/"course":"[^"]+"/, '"course":"npq-unknown"') : l)).join("\n") + "\n");
  planted = { errors: lines.filter((_, i) => bad(i)).length, disagree: lines.filter((_, i) => !bad(i)).length };
  run = await runAuditCli([input, "--json", "--quiet", "--csv", tmp.path("d.csv"), "--out", tmp.path("report.html")]);
}, 120_000);
afterAll(() => tmp.dispose());

describe("an audit with more than 10,000 disagreements", () => {
  it("finds every planted disagreement and bad record", () => {
    expect(run.status).toBe(0);
    expect(planted.disagree).toBeGreaterThan(10_000);
    expect(run.json()).toMatchObject({ records: RECORDS + 402, agree: 0, disagree: planted.disagree, errors: planted.errors });
  });

  it("lists the first 10,000 in --json, in file order, and says it is truncated", () => {
    const out = run.json();
    expect(out.truncated).toBe(true);
    expect(out.disagreements).toHaveLength(10_000);
    expect(out.disagreements[0]).toEqual({ id: "rec-1", line: 1, recorded: expect.any(String), replayed: expect.any(String) });
    const lines = out.disagreements.map((d: { line: number }) => d.line);
    expect(lines).toEqual([...lines].sort((a: number, b: number) => a - b));
  });

  it("writes all of them to the CSV", () => {
    const rows = readCsv(readFileSync(tmp.path("d.csv"), "utf8"));
    expect(rows).toHaveLength(planted.disagree);
    expect(new Set(rows.map((r) => r.id)).size).toBe(planted.disagree);
    for (const r of rows.slice(0, 50)) expect(r.recordedStatus).not.toBe(r.replayedStatus);
  });

  it("shows the first 1,000 with traces in the report, and says how many there are", () => {
    const page = parse(readFileSync(tmp.path("report.html"), "utf8"));
    expect(page.querySelectorAll(".app-disagreement")).toHaveLength(1_000);
    expect(page.querySelector(".govuk-inset-text")!.text).toMatch(new RegExp(`first 1,000 of ${planted.disagree.toLocaleString("en-GB")} disagreements`));
    expect(page.querySelector("#errors")!.nextElementSibling!.toString()).toMatch(/govuk-table|govuk-inset-text/);
  });
});
