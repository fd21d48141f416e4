// npm run bench:rules: how fast the rules decide, in process and through the decide CLI.
// A benchmark, not a test. Reports decisions per second (with and without traces) and CLI lines per
// second with the CLI's peak RSS, piping a file of generated applications into the real command.

import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { commandLineOrExit, wholeNumberOption } from "../common/command-line.ts";
import { PROJECT_ROOT } from "../site/provenance/provenance.ts";
import { RULE_SETS, decide, decideJsonLine, eligibilityRows, walk, type Application } from "../rules/index.ts";

const HELP = `Usage: npm run bench:rules -- [--lines N] [--decisions N] [--runs N] [--skip-cli] [--json]

  --lines N       lines piped through the decide CLI (default 1000000)
  --decisions N   in-process decisions per measurement (default 2000000)
  --runs N        runs of each CLI measurement; the median is reported (default 3)
  --skip-cli      only measure in process
  --json          print one JSON object on stdout (progress goes to stderr)

The CLI reads .bench/applications-N.jsonl (made afresh each run: every path of every rule set's
eligibility table, cycled, each line with its own id) on standard input, as
  node --import tsx scripts/decide.ts [--brief] < applications.jsonl | (counted here)
which is what npm run --silent decide runs, less npm's own start. Peak RSS is GNU time's maximum
resident set of the decide process (all its threads), or else VmHWM polled from /proc.`;

const { values } = commandLineOrExit(process.argv.slice(2), {
  command: "npm run bench:rules",
  name: "bench:rules",
  help: HELP,
  options: { lines: { type: "string" }, decisions: { type: "string" }, runs: { type: "string" }, "skip-cli": { type: "boolean" }, json: { type: "boolean" } },
});
const numberArg = (name: string, fallback: number) => {
  try {
    return wholeNumberOption(values, name, fallback);
  } catch (error) {
    console.error(`bench:rules: ${(error as Error).message}`);
    process.exit(2);
  }
};
const LINES = numberArg("lines", 1_000_000);
const DECISIONS = numberArg("decisions", 2_000_000);
const RUNS = numberArg("runs", 3);
const JSON_OUT = Boolean(values.json);
const SKIP_CLI = Boolean(values["skip-cli"]);
/** Human-readable lines: on stdout as ever, or on stderr when stdout carries the JSON. */
const say = (line: string) => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);
const figures: Record<string, unknown> = { lines: LINES, decisions: DECISIONS, runs: RUNS, cores: availableParallelism() };

// A realistic mix: every distinct path of every rule set's eligibility table.
const pool: Application[] = RULE_SETS.flatMap((r) => eligibilityRows(r).map((row) => row.application));
const ruleSetOf = pool.map((a) => RULE_SETS.find((r) => r.id === a.ruleSet)!);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (n: number, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

function measure(key: string, label: string, n: number, body: (i: number) => unknown): void {
  let sink = 0;
  for (let i = 0; i < Math.min(n, 200_000); i++) sink += body(i) ? 1 : 0; // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += body(i) ? 1 : 0;
  const s = seconds(start);
  figures[key] = Math.round(n / s);
  say(`  ${label.padEnd(44)} ${fmt(n / s).padStart(12)} /s  (${fmt(n)} in ${s.toFixed(2)} s)${sink < 0 ? "" : ""}`);
}

say(`In process (${pool.length} distinct applications, cycled):`);
const P = pool.length;
measure("decide_trace_per_s", "decide() with full trace", DECISIONS, (i) => decide(pool[i % P]!, ruleSetOf[i % P]!));
measure("walk_per_s", "status only (walk without trace)", DECISIONS, (i) => walk(ruleSetOf[i % P]!, pool[i % P]!, null));
const lines = pool.map((a) => JSON.stringify(a));
const opts = { today: "2026-07-01", brief: true };
measure("decide_json_line_brief_per_s", "decideJsonLine --brief (parse+validate+JSON)", DECISIONS / 2, (i) => decideJsonLine(lines[i % P]!, opts).json);
const full = { today: "2026-07-01" };
measure("decide_json_line_trace_per_s", "decideJsonLine full trace (parse+validate+JSON)", DECISIONS / 4, (i) => decideJsonLine(lines[i % P]!, full).json);

/** Write the CLI's input: `n` lines, each a pool application with its own id. */
function writeInput(file: string, n: number): void {
  const fd = openSync(file, "w");
  try {
    for (let i = 0; i < n; ) {
      let chunk = "";
      for (const end = Math.min(n, i + 2000); i < end; i++) chunk += `{"id":"a${i}",${lines[i % P]!.slice(1)}\n`;
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

function vmHwmKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

interface CliRun {
  linesPerS: number;
  seconds: number;
  outLines: number;
  outBytes: number;
  code: number;
  peakRssMb: number;
}

const GNU_TIME = "/usr/bin/time";

/** One run of a command reading `input` on stdin; its stdout counted here (lines and bytes). */
async function cliRun(input: string, n: number, command: string[]): Promise<CliRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), "bench-rules-"));
  const timeFile = path.join(tmp, "time.txt");
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? [GNU_TIME, "-f", "%M", "-o", timeFile, ...command] : command;
  const fd = openSync(input, "r");
  const start = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: PROJECT_ROOT, stdio: [fd, "pipe", "inherit"] });
  closeSync(fd);
  let outLines = 0;
  let outBytes = 0;
  child.stdout!.on("data", (chunk: Buffer) => {
    outBytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  let polledKb = 0;
  const poll = useTime ? undefined : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid!))), 50);
  const code = await new Promise<number>((res) => child.on("close", (c) => res(c ?? -1)));
  const s = seconds(start);
  clearInterval(poll);
  const kb = useTime && existsSync(timeFile) ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : polledKb;
  rmSync(tmp, { recursive: true, force: true });
  return { linesPerS: n / s, seconds: s, outLines, outBytes, code, peakRssMb: kb / 1024 };
}

/** RUNS runs of one CLI measurement; prints each and records the medians under `key`. */
async function cli(key: string, label: string, input: string, n: number, command: string[]): Promise<void> {
  const runs: CliRun[] = [];
  for (let r = 0; r < RUNS; r++) {
    const run = await cliRun(input, n, command);
    runs.push(run);
    say(
      `  ${label.padEnd(44)} ${fmt(run.linesPerS).padStart(12)} lines/s  (${fmt(n)} lines in ${run.seconds.toFixed(2)} s, ${fmt(run.outLines)} out, ` +
        `${(run.outBytes / 1e6).toFixed(0)} MB, exit ${run.code}, peak RSS ${run.peakRssMb ? `${run.peakRssMb.toFixed(0)} MB` : "unknown"})`,
    );
    if (run.code !== 0 || run.outLines !== n) say(`    MISMATCH: expected exit 0 and ${fmt(n)} lines out`);
  }
  figures[`${key}_lines_per_s`] = Math.round(median(runs.map((r) => r.linesPerS)));
  figures[`${key}_runs_lines_per_s`] = runs.map((r) => Math.round(r.linesPerS));
  figures[`${key}_peak_rss_mb`] = round(Math.max(...runs.map((r) => r.peakRssMb)), 1);
  figures[`${key}_ok`] = runs.every((r) => r.code === 0 && r.outLines === n);
}

async function cliMeasurements(): Promise<void> {
  const dir = path.join(PROJECT_ROOT, ".bench");
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, `applications-${LINES}.jsonl`);
  writeInput(input, LINES);
  const small = Math.min(LINES, 100_000);
  const smallInput = path.join(dir, `applications-${small}.jsonl`);
  writeInput(smallInput, small);
  const decideCommand = [process.execPath, "--import", "tsx", "scripts/decide.ts"];
  // The floor on this machine: readline + JSON.parse + one small write per line, no rules at all.
  const baseline =
    `const rl=require("readline").createInterface({input:process.stdin,crlfDelay:Infinity});let b="";` +
    `rl.on("line",l=>{if(!l.trim())return;const o=JSON.parse(l);b+=JSON.stringify({id:o.id})+"\\n";if(b.length>65536){process.stdout.write(b);b=""}});` +
    `rl.on("close",()=>process.stdout.write(b))`;

  say(`Through the CLI (${fmt(LINES)} lines, ${(statSync(input).size / 1e6).toFixed(0)} MB, from a file; median of ${RUNS}; ${availableParallelism()} cores):`);
  await cli("cli_baseline", "baseline: readline+JSON.parse only", input, LINES, [process.execPath, "-e", baseline]);
  await cli("cli_brief_100k", `--brief, ${fmt(small)} lines`, smallInput, small, [...decideCommand, "--brief"]);
  await cli("cli_brief", `--brief, ${fmt(LINES)} lines`, input, LINES, [...decideCommand, "--brief"]);
  await cli("cli_trace", `full trace, ${fmt(LINES)} lines`, input, LINES, decideCommand);
  figures.cli_peak_rss_mb = Math.max(figures.cli_brief_peak_rss_mb as number, figures.cli_trace_peak_rss_mb as number, figures.cli_brief_100k_peak_rss_mb as number);
  figures.cli_peak_rss_method = existsSync(GNU_TIME) ? "GNU time maximum resident set" : "VmHWM polled every 50 ms";
  say(
    `  medians: --brief ${fmt(figures.cli_brief_lines_per_s as number)} lines/s, full trace ${fmt(figures.cli_trace_lines_per_s as number)} lines/s; ` +
      `peak RSS ${figures.cli_peak_rss_mb} MB`,
  );
  rmSync(input, { force: true });
  rmSync(smallInput, { force: true });
}

if (!SKIP_CLI) await cliMeasurements();
if (JSON_OUT) process.stdout.write(`${JSON.stringify(figures)}\n`);
