// npm run --silent decide: JSON Lines of applications in (stdin), JSON Lines of decisions out
// (stdout), same order, nothing else on stdout. A thin face over rules/decideJsonLine: arguments,
// streaming with backpressure, exit codes. See /work/shared/spec/decision-io.md.

import { dateInEngland, isIsoDate, RULE_SETS, ruleSetById, decideJsonLine, type DecideLineOptions } from "../rules/index.ts";

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
Exit status: 0 every line decided; 1 some line was an error; 2 the command could not run.`;

function usageError(message: string): never {
  process.stderr.write(`decide: ${message}\nTry --help.\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { options: Omit<DecideLineOptions, "line">; help: boolean } {
  let ruleSetId: string | undefined;
  let asOf: string | undefined;
  let brief = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case "--rule-set": {
        ruleSetId = value();
        if (!ruleSetById(ruleSetId)) usageError(`--rule-set "${ruleSetId}" is not a rule set; expected one of ${RULE_SETS.map((r) => r.id).join(", ")}`);
        break;
      }
      case "--as-of": {
        asOf = value();
        if (!isIsoDate(asOf)) usageError(`--as-of "${asOf}" is not a date; expected YYYY-MM-DD, e.g. 2026-07-01`);
        break;
      }
      case "--brief":
        brief = true;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        usageError(`unknown option "${arg}"`);
    }
  }
  const today = dateInEngland(new Date());
  return {
    options: { today, brief, ...(ruleSetId !== undefined ? { ruleSetId } : {}), ...(asOf !== undefined ? { asOf } : {}) },
    help,
  };
}

function main(): void {
  const { options, help } = parseArgs(process.argv.slice(2));
  if (help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const out = process.stdout;
  const FLUSH_AT = 1 << 16;
  let buffer = "";
  let lineNumber = 0;
  let anyError = false;
  let waitingForDrain = false;

  // Lines are split from stdin's chunks by hand: readline costs more than deciding does here.
  const input = process.stdin;
  input.setEncoding("utf8");
  // One options object, its line number updated in place: no allocation per line.
  const lineOptions = { ...options, line: 0 };
  const flush = () => {
    if (buffer === "") return;
    const ok = out.write(buffer);
    buffer = "";
    if (!ok && !waitingForDrain) {
      // Backpressure: stop reading until stdout has drained, so memory stays flat.
      waitingForDrain = true;
      input.pause();
      out.once("drain", () => {
        waitingForDrain = false;
        input.resume();
      });
    }
  };
  const decideText = (raw: string) => {
    lineNumber++;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    lineOptions.line = lineNumber;
    const result = decideJsonLine(text, lineOptions);
    if (result.error) anyError = true;
    buffer += result.json + "\n";
    if (buffer.length >= FLUSH_AT) flush();
  };

  let carry = "";
  input.on("data", (chunk: string) => {
    const text = carry === "" ? chunk : carry + chunk;
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      decideText(text.slice(start, newline));
      start = newline + 1;
    }
    carry = text.slice(start);
  });
  input.on("end", () => {
    if (carry !== "") decideText(carry);
    flush();
    process.exitCode = anyError ? 1 : 0;
  });
  input.on("error", (e) => {
    process.stderr.write(`decide: cannot read standard input: ${e.message}\n`);
    process.exit(2);
  });
  out.on("error", (e: NodeJS.ErrnoException) => {
    // A closed pipe (e.g. piped into head) is not our failure to report on stdout.
    if (e.code === "EPIPE") process.exit(anyError ? 1 : 0);
    process.stderr.write(`decide: cannot write: ${e.message}\n`);
    process.exit(2);
  });
}

main();
