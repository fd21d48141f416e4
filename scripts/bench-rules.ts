// npm run bench:rules: how fast the rules decide, in process and through the decide CLI.
// A benchmark, not a test. Reports decisions per second (with and without traces) and CLI lines per
// second with peak RSS, piping generated applications into the real command.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_SETS, decide, decideJsonLine, eligibilityRows, walk, type Application } from "../rules/index.ts";

const HELP = `Usage: npm run bench:rules -- [--lines N] [--decisions N] [--skip-cli]

  --lines N       lines piped through the decide CLI (default 1000000)
  --decisions N   in-process decisions per measurement (default 2000000)
  --skip-cli      only measure in process`;

const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log(HELP);
  process.exit(0);
}
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`bench:rules: ${name} "${args[i + 1]}" is not a positive whole number`);
    process.exit(2);
  }
  return v;
};
const LINES = numberArg("--lines", 1_000_000);
const DECISIONS = numberArg("--decisions", 2_000_000);

// A realistic mix: every distinct path of every rule set's eligibility table.
const pool: Application[] = RULE_SETS.flatMap((r) => eligibilityRows(r).map((row) => row.application));
const ruleSetOf = pool.map((a) => RULE_SETS.find((r) => r.id === a.ruleSet)!);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString("en-GB");

function measure(label: string, n: number, body: (i: number) => unknown): void {
  let sink = 0;
  for (let i = 0; i < Math.min(n, 200_000); i++) sink += body(i) ? 1 : 0; // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += body(i) ? 1 : 0;
  const s = seconds(start);
  console.log(`  ${label.padEnd(44)} ${fmt(n / s).padStart(12)} /s  (${fmt(n)} in ${s.toFixed(2)} s)${sink < 0 ? "" : ""}`);
}

console.log(`In process (${pool.length} distinct applications, cycled):`);
const P = pool.length;
measure("decide() with full trace", DECISIONS, (i) => decide(pool[i % P]!, ruleSetOf[i % P]!));
measure("status only (walk without trace)", DECISIONS, (i) => walk(ruleSetOf[i % P]!, pool[i % P]!, null));
const lines = pool.map((a) => JSON.stringify(a));
const opts = { today: "2026-07-01", brief: true };
measure("decideJsonLine --brief (parse+validate+JSON)", DECISIONS / 2, (i) => decideJsonLine(lines[i % P]!, opts).json);
const full = { today: "2026-07-01" };
measure("decideJsonLine full trace (parse+validate+JSON)", DECISIONS / 4, (i) => decideJsonLine(lines[i % P]!, full).json);

if (args.includes("--skip-cli")) process.exit(0);

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function peakRssKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

// The floor on this machine: readline + JSON.parse + one small write per line, no rules at all.
const BASELINE = `const rl=require("readline").createInterface({input:process.stdin,crlfDelay:Infinity});let b="";` +
  `rl.on("line",l=>{if(!l.trim())return;const o=JSON.parse(l);b+=JSON.stringify({id:o.id})+"\\n";if(b.length>65536){process.stdout.write(b);b=""}});` +
  `rl.on("close",()=>process.stdout.write(b))`;

async function cli(label: string, extra: string[], n: number, nodeArgs = ["--import", "tsx", "scripts/decide.ts"]): Promise<void> {
  const child = spawn(process.execPath, [...nodeArgs, ...extra], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let outLines = 0;
  let outBytes = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    outBytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  let peak = 0;
  const poll = setInterval(() => {
    const kb = peakRssKb(child.pid!);
    if (kb !== null) peak = Math.max(peak, kb);
  }, 50);
  const start = process.hrtime.bigint();
  const done = new Promise<number>((res) => child.on("close", (code) => res(code ?? -1)));
  // Write in batches, waiting for the pipe to drain: the generator's memory stays flat too.
  const BATCH = 2000;
  for (let i = 0; i < n; ) {
    let chunk = "";
    for (const end = Math.min(n, i + BATCH); i < end; i++) chunk += `{"id":"a${i}",${lines[i % P]!.slice(1)}\n`;
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once("drain", r));
  }
  child.stdin.end();
  const code = await done;
  clearInterval(poll);
  const s = seconds(start);
  console.log(
    `  ${label.padEnd(44)} ${fmt(n / s).padStart(12)} lines/s  (${fmt(n)} lines in ${s.toFixed(2)} s, ${fmt(outLines)} out, ` +
      `${(outBytes / 1e6).toFixed(0)} MB, exit ${code}, peak RSS ${peak ? `${(peak / 1024).toFixed(0)} MB` : "unknown"})`,
  );
}

console.log(`Through the CLI (node --import tsx scripts/decide.ts; the same as npm run --silent decide):`);
await cli(`baseline: readline+JSON.parse only, ${fmt(LINES)}`, [], LINES, ["-e", BASELINE]);
await cli("--brief, 100,000 lines", ["--brief"], Math.min(LINES, 100_000));
await cli(`--brief, ${fmt(LINES)} lines`, ["--brief"], LINES);
await cli(`full trace, ${fmt(Math.min(LINES, 200_000))} lines`, [], Math.min(LINES, 200_000));
