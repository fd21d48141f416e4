// The README's "For auditors" walk-through: the example files say what the README says they say,
// and the JSON Lines and CSV forms of the same records give the same audit.
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runAuditCli, tempFolder } from "./run-audit-cli.ts";
import { readFileSync } from "node:fs";

const tmp = tempFolder();
afterAll(() => tmp.dispose());

describe("the example recorded decisions", () => {
  it("hold 13 records: 8 agree, 2 planted disagreements, 3 bad, in both formats alike", async () => {
    const [jsonl, csv] = await Promise.all([
      runAuditCli([`${ROOT}/examples/recorded-decisions.jsonl`, "--json", "--quiet"]),
      runAuditCli([`${ROOT}/examples/recorded-decisions.csv`, "--json", "--quiet"]),
    ]);
    for (const run of [jsonl, csv]) {
      expect(run.json()).toMatchObject({ records: 13, agree: 8, disagree: 2, errors: 3, agreementRate: 0.8 });
      expect(run.json().disagreements.map((d: any) => [d.id, d.recorded, d.replayed])).toEqual([
        ["rec-002", "funded", "ineligible_establishment_not_a_pp50"],
        ["rec-004", "subject_to_review", "ineligible_establishment_type"],
      ]);
    }
    expect(jsonl.json().errorRecords.map((e: any) => e.code)).toEqual(["invalid_input", "invalid_json", "no_rule_set_in_force"]);
  });

  it("give the auditing guide's summary", async () => {
    const r = await runAuditCli(["examples/recorded-decisions.jsonl", "--quiet"]);
    const readme = readFileSync(`${ROOT}/docs/auditing.md`, "utf8");
    for (const line of r.stdout.split("\n").slice(0, 4)) expect(readme).toContain(line);
    expect(readme).toContain(r.stdout.split("\n").find((l) => l.includes("At step"))!.trim());
  });
});
