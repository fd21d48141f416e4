// npm run audit -- FILE [--out report.html] [--csv disagreements.csv] [--json]
// Replays a file of recorded decisions under the rules in force on each decision's date and reports
// where they differ. A thin face over tools/audit/: arguments, progress on stderr, writing the report,
// exit codes. Records stream through; memory stays flat whatever the file's size.
import { writeFile } from "node:fs/promises";
import { accessSync, constants } from "node:fs";
import { formatOfFile, type InputFormat } from "../tools/audit/audit-input.ts";
import { renderAuditReport } from "../tools/audit/report.ts";
import { runAudit } from "../tools/audit/run-audit.ts";
import { auditJson, type AuditSummary } from "../tools/audit/tally.ts";
import { commandLineOrExit } from "../common/command-line.ts";
import { plural } from "../common/plural.ts";

const HELP = `Usage: npm run audit -- FILE [--out report.html] [--csv disagreements.csv] [--json]

Replays recorded decisions: each record of FILE (JSON Lines, or CSV when the name ends in .csv) is an
application, as in npm run decide, plus decidedOn (YYYY-MM-DD) and recordedStatus. Each is decided
again under the rule set in force on decidedOn (or the ruleSet the record names, which wins), and the
new status compared with the recorded one.

Options:
  --out FILE              write an accessible HTML report (summary, rule set hashes, a table of
                          recorded by replayed status, the first 1,000 disagreements with traces)
  --csv FILE              write every disagreement as CSV, with its trace and the deciding step
  --json                  print one JSON object on stdout instead of the text summary:
                          { records, agree, disagree, errors, agreementRate, ruleSets,
                            disagreements: [{ id, line, recorded, replayed }] (first 10,000,
                            "truncated": true beyond), errorRecords: [{ line, id, code, message }] }
  --format jsonl|csv      read FILE as this format, whatever its name
  --fail-on-disagreement  exit 1 when any record disagrees or cannot be replayed
  --quiet                 no progress on stderr
  --help                  show this help

CSV input: the first row names the columns, as the JSON fields (id, decidedOn, recordedStatus,
ruleSet, course, cohort.id, cohort.funding, worksInEngland, workSetting, institution.kind,
institution.establishmentTypeCode, institution.lists, ...); nested fields dotted, lists separated by
";", booleans true/false, an empty cell means absent.

A bad record (bad JSON, a value outside the vocabulary, no rule set on its date) is counted as an
error with its line number; it never stops the run.
Exit status: 0 the audit ran (whatever it found, unless --fail-on-disagreement); 1 with
--fail-on-disagreement, some record disagreed or could not be replayed; 2 the audit could not run
(bad option, unreadable FILE, unwritable output).`;

function usageError(message: string): never {
  process.stderr.write(`audit: ${message}\nTry --help.\n`);
  process.exit(2);
}

interface Args {
  file: string;
  out?: string;
  csv?: string;
  json: boolean;
  format?: InputFormat;
  failOnDisagreement: boolean;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const { values, positionals } = commandLineOrExit(argv, {
    command: "npm run audit",
    name: "audit",
    help: HELP,
    positionals: 1,
    options: { out: { type: "string" }, csv: { type: "string" }, json: { type: "boolean" }, format: { type: "string" }, "fail-on-disagreement": { type: "boolean" }, quiet: { type: "boolean" } },
  });
  const file = positionals[0];
  if (file === undefined) usageError("no FILE given; e.g. npm run audit -- examples/recorded-decisions.jsonl");
  for (const name of ["out", "csv"] as const) if (values[name] === "") usageError(`--${name} needs a value`);
  const format = values.format as string | undefined;
  if (format !== undefined && format !== "jsonl" && format !== "csv") usageError(`--format "${format}" is not a format; expected jsonl or csv`);
  return {
    file,
    out: values.out as string | undefined,
    csv: values.csv as string | undefined,
    json: values.json === true,
    format: format as InputFormat | undefined,
    failOnDisagreement: values["fail-on-disagreement"] === true,
    quiet: values.quiet === true,
  };
}

const whole = new Intl.NumberFormat("en-GB");
const n = (x: number) => whole.format(x);

function textSummary(summary: AuditSummary, args: Args): string {
  const out: string[] = [];
  const decided = summary.agree + summary.disagree;
  out.push(`Audited ${args.file}: ${plural(summary.records, "record")}`);
  out.push(
    `  agree ${n(summary.agree)}, disagree ${n(summary.disagree)}, errors ${n(summary.errors)}; agreement rate ` +
      (summary.agreementRate === null ? "n/a (no record could be replayed)" : `${(summary.agreementRate * 100).toFixed(2)}% of ${n(decided)} replayed`),
  );
  if (summary.ruleSets.length) {
    out.push("Rule sets used (compare the hashes with /provenance.json):");
    for (const r of summary.ruleSets) out.push(`  ${r.id}  ${r.hash}  ${plural(r.records, "record")}, ${n(r.disagree)} disagree`);
  }
  const cells = Object.entries(summary.matrix).flatMap(([recorded, row]) => Object.entries(row).map(([replayed, count]) => ({ recorded, replayed, count })));
  if (cells.length) {
    out.push("Recorded -> replayed:");
    for (const c of cells) out.push(`  ${c.recorded} -> ${c.replayed}: ${n(c.count)}${c.recorded === c.replayed ? " (agree)" : ""}`);
  }
  const SHOWN = 20;
  if (summary.samples.length) {
    out.push(`Disagreements${summary.disagree > SHOWN ? ` (first ${SHOWN} of ${n(summary.disagree)}; use --csv or --out for more)` : ""}:`);
    for (const d of summary.samples.slice(0, SHOWN)) {
      const deciding = d.trace[d.trace.length - 1];
      out.push(`  line ${d.line}${d.id !== null ? ` (${d.id})` : ""}: recorded ${d.recorded}, replayed ${d.replayed} under ${d.ruleSet} (${d.ruleSetHash.slice(0, 12)})`);
      out.push(`    steps: ${d.trace.map((t) => `${t.step}=${t.answer}`).join(" > ")}`);
      if (deciding) out.push(`    decided at: ${deciding.question} ${deciding.answer}`);
      out.push(`    ${d.parting}`);
    }
  }
  if (summary.errorSamples.length) {
    out.push(`Errors${summary.errors > SHOWN ? ` (first ${SHOWN} of ${n(summary.errors)})` : ""}:`);
    for (const e of summary.errorSamples.slice(0, SHOWN)) out.push(`  line ${e.line}${e.id !== null ? ` (${e.id})` : ""}: ${e.error.code}: ${e.error.message}`);
  }
  if (args.out) out.push(`Report: ${args.out}`);
  if (args.csv) out.push(`Disagreements CSV: ${args.csv}`);
  return out.join("\n") + "\n";
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  try {
    accessSync(args.file, constants.R_OK);
  } catch (e) {
    process.stderr.write(`audit: cannot read ${args.file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const started = performance.now();
  let lastProgress = 0;
  let lastRecords = -1;
  const progress = (records: number, disagree: number, errors: number, final: boolean) => {
    if (args.quiet) return;
    if (records === lastRecords) {
      if (final && process.stderr.isTTY) process.stderr.write("\n");
      return;
    }
    const now = performance.now();
    if (!final && now - lastProgress < 1000) return;
    lastProgress = now;
    lastRecords = records;
    const s = (now - started) / 1000;
    const rss = process.memoryUsage.rss() / 1048576;
    const line = `audit: ${plural(records, "record")}, ${n(disagree)} disagree, ${plural(errors, "error")}, ${s.toFixed(1)} s (${n(Math.round(records / Math.max(s, 0.001)))}/s, RSS ${rss.toFixed(0)} MB)`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}${final ? "\n" : ""}` : `${line}\n`);
  };
  let summary: AuditSummary;
  try {
    summary = await runAudit({
      file: args.file,
      format: args.format ?? formatOfFile(args.file),
      ...(args.csv ? { csv: args.csv } : {}),
      progressEvery: 10_000,
      onProgress: (t) => progress(t.records, t.disagree, t.errors, false),
    });
  } catch (e) {
    process.stderr.write(`\naudit: could not run: ${(e as Error).message}\n`);
    process.exit(2);
  }
  progress(summary.records, summary.disagree, summary.errors, true);
  if (args.out) {
    try {
      await writeFile(args.out, renderAuditReport(summary, { file: args.file, ...(args.csv ? { csvFile: args.csv } : {}) }));
    } catch (e) {
      process.stderr.write(`audit: cannot write the report ${args.out}: ${(e as Error).message}\n`);
      process.exit(2);
    }
  }
  process.stdout.write(args.json ? `${JSON.stringify(auditJson(summary))}\n` : textSummary(summary, args));
  process.exitCode = args.failOnDisagreement && (summary.disagree > 0 || summary.errors > 0) ? 1 : 0;
}

await main();
