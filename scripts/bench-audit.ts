// npm run bench:audit: generate a file of recorded decisions (default 1,000,000, with planted
// disagreements and bad records) and time `npm run audit` over it, with its peak RSS.
// A benchmark, not a test: it prints numbers to put in a note.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeRecordsFile } from "../tools/audit/generate-records.ts";
import { PROJECT_ROOT } from "../site/provenance/provenance.ts";
import { commandLineOrExit, wholeNumberOption } from "../common/command-line.ts";

const HELP = `Usage: npm run bench:audit -- [--records N] [--format jsonl|csv] [--disagree-every N] [--error-every N] [--dir DIR]

Generates DIR/recorded-N.FORMAT (default .bench/, 1,000,000 records, a disagreement every 50th record
and a bad record every 997th), then runs the audit over it with --json, --csv and --out, and prints
the time, records per second and the audit's peak RSS (VmHWM from /proc).`;

const { values } = commandLineOrExit(process.argv.slice(2), {
  command: "npm run bench:audit",
  name: "bench:audit",
  help: HELP,
  options: { records: { type: "string" }, format: { type: "string" }, dir: { type: "string" }, "disagree-every": { type: "string" }, "error-every": { type: "string" } },
});
const option = (name: string, fallback: string) => (values[name.replace(/^--/, "")] as string | undefined) ?? fallback;
const whole = (name: string, fallback: number) => {
  try {
    return wholeNumberOption(values, name.replace(/^--/, ""), fallback, 0);
  } catch (error) {
    console.error(`bench:audit: ${(error as Error).message}`);
    process.exit(2);
  }
};
const records = whole("--records", 1_000_000);
const format = option("--format", "jsonl");
if (format !== "jsonl" && format !== "csv") {
  console.error(`bench:audit: --format "${format}" is not jsonl or csv`);
  process.exit(2);
}
const dir = path.resolve(option("--dir", path.join(PROJECT_ROOT, ".bench")));
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `recorded-${records}.${format}`);
const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");

let started = performance.now();
const generated = await writeRecordsFile(file, { records, format, disagreeEvery: whole("--disagree-every", 50), errorEvery: whole("--error-every", 997) });
console.log(
  `Generated ${file}: ${fmt(generated.records)} records (${fmt(generated.disagree)} planted disagreements, ${fmt(generated.errors)} bad), ` +
    `${(statSync(file).size / 1e6).toFixed(0)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const peakRssKb = (pid: number) => {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const csvOut = path.join(dir, "disagreements.csv");
const reportOut = path.join(dir, "audit-report.html");
started = performance.now();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/audit.ts", file, "--json", "--csv", csvOut, "--out", reportOut], {
  cwd: PROJECT_ROOT,
  stdio: ["ignore", "pipe", "inherit"],
});
let stdout = "";
child.stdout.on("data", (c: Buffer) => (stdout += c));
let peak = 0;
const poll = setInterval(() => (peak = Math.max(peak, peakRssKb(child.pid!))), 100);
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
clearInterval(poll);
const seconds = (performance.now() - started) / 1000;
const result = JSON.parse(stdout) as { records: number; agree: number; disagree: number; errors: number; truncated?: boolean };
console.log(
  `Audited ${fmt(result.records)} records in ${seconds.toFixed(1)} s (${fmt(result.records / seconds)}/s), exit ${code}, peak RSS ${(peak / 1024).toFixed(0)} MB: ` +
    `agree ${fmt(result.agree)}, disagree ${fmt(result.disagree)}, errors ${fmt(result.errors)}${result.truncated ? " (JSON list truncated at 10,000)" : ""}`,
);
const ok = result.disagree === generated.disagree && result.errors === generated.errors && result.records === generated.records;
console.log(ok ? "Found exactly the planted disagreements and errors." : "MISMATCH between planted and found counts.");
process.exitCode = ok && code === 0 ? 0 : 1;
