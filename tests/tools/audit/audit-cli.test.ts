// npm run audit over recorded files (JSON Lines and CSV) with planted disagreements and bad records:
// it finds exactly the planted ones, with traces and line numbers, and never stops at a bad record.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRowFromRecord } from "../../../tools/audit/csv-application.ts";
import { ruleSetById } from "../../../rules/index.ts";
import { readCsv, runAuditCli, tempFolder } from "./run-audit-cli.ts";

const school = (lists: string[] = []) => ({ kind: "school", urn: "100001", establishmentTypeCode: "1", lists });
const full = (id: string) => ({ id, funding: "full" });

// Each record is agreed by the rules unless `planted` names the status the service is said to have
// recorded instead. Cases read as sentences a policy reader could check against funding-rules.md.
const RECORDS: { record: Record<string, unknown>; planted?: { replayed: string; ruleSet: string; decidingStep: string } }[] = [
  { record: { id: "r1", decidedOn: "2025-09-15", recordedStatus: "funded", course: "npq-headship", cohort: full("2025b"), worksInEngland: true, workSetting: "a_school", institution: school() } },
  // In autumn 2025 NPQLT needs a PP50 school: recorded funded, the rules say not.
  {
    record: { id: "r2", decidedOn: "2025-09-15", recordedStatus: "funded", course: "npq-leading-teaching", cohort: full("2025b"), worksInEngland: true, workSetting: "a_school", institution: school() },
    planted: { replayed: "ineligible_establishment_not_a_pp50", ruleSet: "2025-08-21", decidingStep: "school-pp50" },
  },
  { record: { id: "r3", decidedOn: "2025-09-16", recordedStatus: "funded", course: "npq-leading-teaching", cohort: full("2025b"), worksInEngland: true, workSetting: "a_school", institution: school(["pp50-schools"]) } },
  // Spring 2026 is a zero cohort: recorded funded, the rules say unfunded_cohort at step 1.
  {
    record: { id: "r4", decidedOn: "2026-02-01", recordedStatus: "funded", course: "npq-headship", cohort: { id: "2026a", funding: "zero" }, worksInEngland: true, workSetting: "a_school", institution: school() },
    planted: { replayed: "unfunded_cohort", ruleSet: "2025-08-21", decidingStep: "cohort-funded" },
  },
  { record: { id: "r5", decidedOn: "2026-07-01", recordedStatus: "not_in_england", course: "npq-senco", cohort: full("2026b"), worksInEngland: false } },
  // A named rule set wins over decidedOn: 2025-04-02 funds NPQLPM in any eligible school.
  { record: { id: "r6", decidedOn: "2026-07-01", ruleSet: "2025-04-02", recordedStatus: "funded", course: "npq-leading-primary-mathematics", cohort: full("2025b"), worksInEngland: true, workSetting: "a_school", institution: school() } },
  // An EHCO applicant who is not a new headteacher is not funded, whatever was recorded.
  {
    record: { id: "r7", decidedOn: "2026-07-01", recordedStatus: "funded", course: "npq-early-headship-coaching-offer", cohort: full("2026b"), worksInEngland: true },
    planted: { replayed: "not_new_headteacher_requesting_ehco", ruleSet: "2026-06-01", decidingStep: "ehco-new-headteacher" },
  },
];

// Bad records and the line each sits on (1-based, counting the CSV header and blank lines).
const jsonl = [
  JSON.stringify(RECORDS[0]!.record), // 1
  JSON.stringify(RECORDS[1]!.record), // 2
  "", // 3: blank, skipped
  '{"id": "bad-json", "decidedOn": ', // 4: invalid_json
  JSON.stringify(RECORDS[2]!.record), // 5
  JSON.stringify({ ...RECORDS[0]!.record, id: "bad-course", course: "npq-knitting" }), // 6: invalid_input
  JSON.stringify(RECORDS[3]!.record), // 7
  JSON.stringify({ ...RECORDS[0]!.record, id: "too-early", decidedOn: "2025-01-31" }), // 8: no_rule_set_in_force
  JSON.stringify(RECORDS[4]!.record), // 9
  JSON.stringify(RECORDS[5]!.record), // 10
  JSON.stringify(RECORDS[6]!.record), // 11
  JSON.stringify({ ...RECORDS[0]!.record, id: "bad-status", recordedStatus: "maybe" }), // 12: invalid_input
].join("\n");
const JSONL_DISAGREEMENTS = [
  { id: "r2", line: 2 },
  { id: "r4", line: 7 },
  { id: "r7", line: 11 },
];
const JSONL_ERRORS = [
  { line: 4, code: "invalid_json" },
  { line: 6, code: "invalid_input", id: "bad-course" },
  { line: 8, code: "no_rule_set_in_force", id: "too-early" },
  { line: 12, code: "invalid_input", id: "bad-status" },
];

const csvLine = (record: Record<string, unknown>) => csvRowFromRecord(record).map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
const csv = [
  CSV_COLUMNS.join(","), // 1
  csvLine(RECORDS[0]!.record), // 2
  csvLine(RECORDS[1]!.record), // 3
  "", // 4: blank, skipped
  csvLine({ ...RECORDS[0]!.record, id: "bad-bool", worksInEngland: "yes" }), // 5: invalid_input
  csvLine(RECORDS[2]!.record), // 6
  "short-row,2025-09-15,funded", // 7: too few cells
  csvLine(RECORDS[3]!.record), // 8
  csvLine(RECORDS[4]!.record), // 9
  csvLine(RECORDS[5]!.record), // 10
  csvLine(RECORDS[6]!.record), // 11
  csvLine({ ...RECORDS[0]!.record, id: "bad-list", institution: { kind: "school", establishmentTypeCode: "1", lists: ["pp50-schools", "gold-star"] } }), // 12
].join("\n");
const CSV_DISAGREEMENTS = [
  { id: "r2", line: 3 },
  { id: "r4", line: 8 },
  { id: "r7", line: 11 },
];
const CSV_ERRORS = [
  { line: 5, code: "invalid_input", id: "bad-bool" },
  { line: 7, code: "invalid_input", id: "short-row" },
  { line: 12, code: "invalid_input", id: "bad-list" },
];

const tmp = tempFolder();
afterAll(() => tmp.dispose());
const planted = RECORDS.filter((r) => r.planted);

describe.each([
  { format: "JSON Lines", file: "recorded.jsonl", text: jsonl, disagreements: JSONL_DISAGREEMENTS, errors: JSONL_ERRORS },
  { format: "CSV", file: "recorded.csv", text: csv, disagreements: CSV_DISAGREEMENTS, errors: CSV_ERRORS },
])("npm run audit over $format", ({ file, text, disagreements, errors }) => {
  const input = tmp.write(file, text);
  const csvOut = tmp.path(`${file}.disagreements.csv`);
  const run = runAuditCli([input, "--json", "--csv", csvOut]);

  it("counts records, agreements, disagreements and errors, and exits 0", async () => {
    const r = await run;
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({
      records: RECORDS.length + errors.length,
      agree: RECORDS.length - planted.length,
      disagree: planted.length,
      errors: errors.length,
      agreementRate: (RECORDS.length - planted.length) / RECORDS.length,
    });
    expect(r.json()).not.toHaveProperty("truncated");
  });

  it("lists exactly the planted disagreements, with both statuses", async () => {
    const out = (await run).json();
    expect(out.disagreements).toEqual(
      planted.map((p, i) => ({ id: p.record.id, line: disagreements[i]!.line, recorded: p.record.recordedStatus, replayed: p.planted!.replayed })),
    );
  });

  it("counts each bad record with its line number and what is wrong", async () => {
    const out = (await run).json();
    expect(out.errorRecords.map((e: any) => ({ line: e.line, code: e.code, ...(e.id !== null ? { id: e.id } : {}) }))).toEqual(errors);
    for (const e of out.errorRecords) expect(e.message.length).toBeGreaterThan(10);
  });

  it("names each rule set used with the same hash as the rules module", async () => {
    const out = (await run).json();
    for (const r of out.ruleSets) expect(r.hash).toBe(ruleSetById(r.id)!.hash);
    expect(out.ruleSets.map((r: any) => r.id).sort()).toEqual(["2025-04-02", "2025-08-21", "2026-06-01"]);
  });

  it("writes every disagreement to the CSV with its rule set hash, trace and deciding step", async () => {
    await run;
    const rows = readCsv(readFileSync(csvOut, "utf8"));
    expect(rows.map((r) => r.id)).toEqual(planted.map((p) => p.record.id));
    rows.forEach((row, i) => {
      const p = planted[i]!;
      expect(row).toMatchObject({
        line: String(disagreements[i]!.line),
        recordedStatus: p.record.recordedStatus,
        replayedStatus: p.planted!.replayed,
        ruleSet: p.planted!.ruleSet,
        ruleSetHash: ruleSetById(p.planted!.ruleSet)!.hash,
        decidingStep: p.planted!.decidingStep,
      });
      expect(row.trace!.split("; ").at(-1)).toMatch(new RegExp(`^${p.planted!.decidingStep}: (yes|no)$`));
      expect(row.trace!.startsWith("cohort-funded: ")).toBe(true);
    });
  });
});

describe("npm run audit, text and exit codes", () => {
  const input = tmp.write("exit.jsonl", jsonl);

  it("prints a summary with each disagreement's trace and the deciding step", async () => {
    const r = await runAuditCli([input, "--quiet"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/agree 4, disagree 3, errors 4; agreement rate 57\.14% of 7 replayed/);
    expect(r.stdout).toMatch(/line 2 \(r2\): recorded funded, replayed ineligible_establishment_not_a_pp50 under 2025-08-21/);
    expect(r.stdout).toMatch(/steps: cohort-funded=yes > works-in-england=yes > .* > school-pp50=no/);
    expect(r.stdout).toMatch(/line 4: invalid_json/);
  });

  it("shows progress on stderr, never on stdout", async () => {
    const r = await runAuditCli([input, "--json"]);
    expect(r.stderr).toMatch(/audit: 11 records, 3 disagree, 4 errors/);
    expect(() => r.json()).not.toThrow();
  });

  it("says \"1 record\" and \"1 error\" in the singular, in its summary and its progress", async () => {
    const one = tmp.write("one.jsonl", JSON.stringify(RECORDS[0]!.record) + "\n");
    const r = await runAuditCli([one]);
    expect(r.stdout).toMatch(/: 1 record\n/);
    expect(r.stdout).toMatch(/ 1 record, 0 disagree\n/);
    expect(r.stderr).toMatch(/audit: 1 record, 0 disagree, 0 errors/);
    const bad = tmp.write("bad.jsonl", "{not json\n");
    expect((await runAuditCli([bad])).stderr).toMatch(/audit: 1 record, 0 disagree, 1 error,/);
    expect(r.stdout + r.stderr).not.toMatch(/\b1 (records|errors)\b/);
  });

  it("exits 1 with --fail-on-disagreement when anything disagrees or is bad, and 0 when all agree", async () => {
    expect((await runAuditCli([input, "--quiet", "--fail-on-disagreement"])).status).toBe(1);
    const clean = tmp.write("clean.jsonl", JSON.stringify(RECORDS[0]!.record) + "\n");
    expect((await runAuditCli([clean, "--quiet", "--fail-on-disagreement"])).status).toBe(0);
  });

  it("exits 2, writing nothing on stdout, when it cannot run", async () => {
    for (const args of [[tmp.path("missing.jsonl")], [input, "--loud"], [], [input, "--format", "xml"], [input, "--csv", tmp.path("no/such/folder/d.csv")]]) {
      const r = await runAuditCli(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/audit: /);
    }
  });

  it("prints help with --help", async () => {
    const r = await runAuditCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit status: 0 the audit ran/);
  });
});
