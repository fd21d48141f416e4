// npm run --silent decide: JSON Lines of applications in (stdin), JSON Lines of decisions out
// (stdout), same order, nothing else on stdout. A thin face: arguments and exit codes here; the
// streaming, batching and worker threads are tools/decide/decide-stream.ts, every line decided by
// rules/decideJsonLine. See docs/decision-io.md.

import { availableParallelism } from "node:os";
import { commandLineOrExit } from "../common/command-line.ts";
import { decideStream, InputError, OutputError } from "../tools/decide/decide-stream.ts";
import { dateInEngland, isIsoDate, RULE_SETS, ruleSetById, type DecideLineOptions } from "../rules/index.ts";

const HELP = `Usage: npm run --silent decide -- [options] < applications.jsonl > decisions.jsonl

Decides NPQ scholarship funding for each application (one JSON object per line) and writes one
decision (or error) per line, in the same order. Blank lines are skipped.

Options:
  --rule-set ID       decide every line with this rule set (${RULE_SETS.map((r) => r.id).join(", ")})
  --as-of YYYY-MM-DD  the decision date for lines that give neither ruleSet nor asOf
                      (default: today in England)
  --brief             leave out message and trace
  --help              show this help

Rule set, first match wins: --rule-set, the line's ruleSet, the line's asOf, --as-of, today.
Exit status: 0 every line decided; 1 some line was an error; 2 the command could not run.

Input of more than a few hundred lines is decided on worker threads too (one per core but one).
For tests and benchmarks (the output is the same whatever they say):
  DECIDE_WORKERS=N           worker threads (0: decide on the main thread only)
  DECIDE_BATCH_BYTES=N       bytes of input per batch (default 262144)
  DECIDE_MAIN_THREAD=io-only the main thread only reads and writes once workers have started`;

function usageError(message: string): never {
  process.stderr.write(`decide: ${message}\nTry --help.\n`);
  process.exit(2);
}

function decideOptions(argv: readonly string[]): Omit<DecideLineOptions, "line"> {
  const { values } = commandLineOrExit(argv, {
    command: "npm run --silent decide",
    name: "decide",
    help: HELP,
    options: { "rule-set": { type: "string" }, "as-of": { type: "string" }, brief: { type: "boolean" } },
  });
  const ruleSetId = values["rule-set"] as string | undefined;
  const asOf = values["as-of"] as string | undefined;
  if (ruleSetId !== undefined && !ruleSetById(ruleSetId)) usageError(`--rule-set "${ruleSetId}" is not a rule set; expected one of ${RULE_SETS.map((r) => r.id).join(", ")}`);
  if (asOf !== undefined && !isIsoDate(asOf)) usageError(`--as-of "${asOf}" is not a date; expected YYYY-MM-DD, e.g. 2026-07-01`);
  return { today: dateInEngland(new Date()), brief: Boolean(values.brief), ...(ruleSetId !== undefined ? { ruleSetId } : {}), ...(asOf !== undefined ? { asOf } : {}) };
}

async function main(): Promise<void> {
  const options = decideOptions(process.argv.slice(2));
  try {
    const { anyError } = await decideStream({
      input: process.stdin,
      output: process.stdout,
      options,
      ...threading(process.env),
    });
    process.exitCode = anyError ? 1 : 0;
  } catch (e) {
    if (e instanceof OutputError) {
      // A closed pipe (e.g. piped into head) is not our failure to report on stdout.
      if (e.cause.code === "EPIPE") process.exit(e.anyError ? 1 : 0);
      process.stderr.write(`decide: cannot write: ${e.message}\n`);
    } else if (e instanceof InputError) {
      process.stderr.write(`decide: cannot read standard input: ${e.message}\n`);
    } else {
      process.stderr.write(`decide: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    process.exit(2);
  }
}

/**
 * Threads for a large input: by default a worker per core but one, as this thread reads, writes
 * and decides too (tools/decide/decide-stream.ts says why). The variables are for tests and
 * benchmarks; each changes only where and in what batches lines are decided, never the output.
 */
function threading(env: NodeJS.ProcessEnv): { workers: number; batchBytes?: number; mainThreadDecides?: boolean } {
  const whole = (name: string, min: number): number | undefined => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min) usageError(`${name}="${v}" is not a whole number of at least ${min}`);
    return Number(v);
  };
  const workers = whole("DECIDE_WORKERS", 0) ?? Math.max(0, availableParallelism() - 1);
  const batchBytes = whole("DECIDE_BATCH_BYTES", 1);
  const main = env.DECIDE_MAIN_THREAD;
  if (main !== undefined && main !== "" && main !== "decides" && main !== "io-only") {
    usageError(`DECIDE_MAIN_THREAD="${main}" is not allowed; expected decides or io-only`);
  }
  return {
    workers,
    ...(batchBytes !== undefined ? { batchBytes } : {}),
    ...(main === "io-only" ? { mainThreadDecides: false } : {}),
  };
}

await main();
