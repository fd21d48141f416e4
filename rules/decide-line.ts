// One line of the decision contract (decision-io.md): choose the rule set, decide, and shape the
// output object or error. decideJsonLine does the same from text to text for the CLI, building the
// JSON from pre-serialised pieces so a batch run spends its time deciding, not serialising: all of a
// decision's line after its id is kept, made once per outcome (and path and course, with a trace).

import type { Application } from "./application.ts";
import { isIsoDate } from "./dates.ts";
import { walk, undecidedMessage } from "./decide.ts";
import { RulesError, type ErrorInfo } from "./errors.ts";
import { parseApplication } from "./parse-application.ts";
import type { Status } from "./outcomes.ts";
import type { RuleSet, TraceEntry } from "./rule-set.ts";
import { RULE_SETS, ruleSetById, ruleSetInForce } from "./rule-sets.ts";

export interface DecideLineOptions {
  /** --rule-set: forces one rule set for every line. */
  readonly ruleSetId?: string;
  /** --as-of: the date used when a line gives neither ruleSet nor asOf. */
  readonly asOf?: string;
  /** Today's date in England, passed in by the caller (rules never read the clock). */
  readonly today: string;
  /** Leave out message and trace. */
  readonly brief?: boolean;
  /** 1-based input line number, echoed on error lines. */
  readonly line?: number;
}

export interface DecisionLine {
  readonly id?: string;
  readonly ruleSet: string;
  readonly ruleSetHash: string;
  readonly status: Status;
  readonly funded: boolean;
  readonly subjectToReview: boolean;
  readonly message?: string;
  readonly trace?: readonly TraceEntry[];
}

export interface ErrorLine {
  readonly id?: string;
  readonly line?: number;
  readonly error: ErrorInfo;
}

export type OutputLine = DecisionLine | ErrorLine;

export function isErrorLine(line: OutputLine): line is ErrorLine {
  return "error" in line;
}

type Chosen = { ok: true; ruleSet: RuleSet } | { ok: false; error: ErrorInfo };

/** Rule-set precedence: --rule-set > line ruleSet > line asOf > --as-of > today (decision-io.md). */
export function chooseRuleSet(application: Pick<Application, "ruleSet" | "asOf">, options: DecideLineOptions): Chosen {
  const forced = options.ruleSetId ?? application.ruleSet;
  if (forced !== undefined) {
    const ruleSet = ruleSetById(forced);
    if (ruleSet) return { ok: true, ruleSet };
    const from = options.ruleSetId !== undefined ? "--rule-set" : "ruleSet";
    return {
      ok: false,
      error: { code: "unknown_rule_set", message: `${from} "${forced}" is not a rule set; expected one of ${RULE_SETS.map((r) => r.id).join(", ")}` },
    };
  }
  const [date, from] =
    application.asOf !== undefined
      ? [application.asOf, "asOf"]
      : options.asOf !== undefined
        ? [options.asOf, "--as-of"]
        : [options.today, "today"];
  if (!isIsoDate(date)) {
    return { ok: false, error: { code: "invalid_input", message: `${from} ${JSON.stringify(date)} is not a date; expected YYYY-MM-DD` } };
  }
  try {
    return { ok: true, ruleSet: ruleSetInForce(date) };
  } catch (e) {
    if (e instanceof RulesError && e.code === "no_rule_set_in_force") {
      return { ok: false, error: { code: "no_rule_set_in_force", message: `${from} ${date}: ${e.message}` } };
    }
    throw e;
  }
}

function idOf(raw: unknown): string | undefined {
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const id = (raw as Record<string, unknown>).id;
    if (typeof id === "string") return id;
  }
  return undefined;
}

function errorLine(id: string | undefined, line: number | undefined, error: ErrorInfo): ErrorLine {
  return {
    ...(id !== undefined ? { id } : {}),
    ...(line !== undefined ? { line } : {}),
    error: { code: error.code, message: error.message },
  };
}

/** Decide one parsed JSON value; never throws for any JSON value. */
export function decideLine(raw: unknown, options: DecideLineOptions): OutputLine {
  const parsed = parseApplication(raw);
  if (!parsed.ok) return errorLine(idOf(raw), options.line, parsed.error);
  const application = parsed.application;
  const chosen = chooseRuleSet(application, options);
  if (!chosen.ok) return errorLine(application.id, options.line, chosen.error);
  const ruleSet = chosen.ruleSet;
  const trace: TraceEntry[] | null = options.brief ? null : [];
  const branch = walk(ruleSet, application, trace);
  if (branch.kind === 2) {
    return errorLine(application.id, options.line, { code: branch.error!.code, message: undecidedMessage(branch, application) });
  }
  const status = branch.status!;
  const outcome = branch.outcome!;
  const head = {
    ...(application.id !== undefined ? { id: application.id } : {}),
    ruleSet: ruleSet.id,
    ruleSetHash: ruleSet.hash,
    status,
    funded: outcome.funded,
    subjectToReview: outcome.subjectToReview,
  };
  if (options.brief) return head;
  return { ...head, message: ruleSet.engine.messages[status]![application.course]!, trace: trace! };
}

interface Serialised {
  /** `"ruleSet":...,"status":...,"funded":...,"subjectToReview":...}` per status: a --brief line after its id. */
  readonly briefTails: Readonly<Record<string, string>>;
  /** The same without the closing brace. */
  readonly brief: Readonly<Record<string, string>>;
  /** Each trace entry as JSON. */
  readonly entries: ReadonlyMap<TraceEntry, string>;
  /** Full-trace line tails, by the path taken (one trie node per trace entry) and then by course. */
  readonly paths: PathNode;
}

interface PathNode {
  readonly next: Map<TraceEntry, PathNode>;
  readonly tails: Map<string, string>;
}

const serialisedCache = new Map<RuleSet, Serialised>();

function serialised(ruleSet: RuleSet): Serialised {
  let s = serialisedCache.get(ruleSet);
  if (!s) {
    const brief: Record<string, string> = {};
    const briefTails: Record<string, string> = {};
    for (const status of ruleSet.outcomes) {
      const o = ruleSet.engine.branches.find((b) => b.status === status)!.outcome!;
      brief[status] =
        `"ruleSet":${JSON.stringify(ruleSet.id)},"ruleSetHash":${JSON.stringify(ruleSet.hash)},` +
        `"status":${JSON.stringify(status)},"funded":${o.funded},"subjectToReview":${o.subjectToReview}`;
      briefTails[status] = `${brief[status]}}`;
    }
    s = { brief, briefTails, entries: new Map(ruleSet.engine.entries.map((e) => [e, JSON.stringify(e)])), paths: { next: new Map(), tails: new Map() } };
    serialisedCache.set(ruleSet, s);
  }
  return s;
}

/**
 * A full-trace line after its id: the same text for every application that takes the same path to
 * the same outcome on the same course, so it is made once and kept. There are only as many as the
 * rule set has paths (its eligibility table lists them) times courses.
 */
function traceTail(s: Serialised, ruleSet: RuleSet, trace: readonly TraceEntry[], status: string, course: string): string {
  let node = s.paths;
  for (let i = 0; i < trace.length; i++) {
    const entry = trace[i]!;
    let child = node.next.get(entry);
    if (!child) {
      child = { next: new Map(), tails: new Map() };
      node.next.set(entry, child);
    }
    node = child;
  }
  let tail = node.tails.get(course);
  if (tail === undefined) {
    let traceJson = "";
    for (let i = 0; i < trace.length; i++) traceJson += (i === 0 ? "" : ",") + s.entries.get(trace[i]!);
    const message = JSON.stringify(ruleSet.engine.messages[status]![course]);
    tail = `${s.brief[status]!},"message":${message},"trace":[${traceJson}]}`;
    node.tails.set(course, tail);
  }
  return tail;
}

/** One output line as JSON text in two parts: the line is `head + tail`. */
export interface JsonLineParts {
  /** The line up to its tail: `{"id":...,` or `{` for a decision; the whole line for an error. */
  readonly head: string;
  /**
   * The rest of a decision, "" for an error. It depends only on the rule set, the outcome, the
   * path and the course, and is the same string each time it recurs, so a caller that writes
   * bytes can encode each tail once.
   */
  readonly tail: string;
  readonly error: boolean;
}

function errorParts(id: string | undefined, line: number | undefined, error: ErrorInfo): JsonLineParts {
  return { head: JSON.stringify(errorLine(id, line, error)), tail: "", error: true };
}

/** Trace entries of the line being decided; emptied for each line. */
const scratchTrace: TraceEntry[] = [];

/** decideJsonLine's answer in parts (JsonLineParts), for a caller that writes bytes. */
export function decideJsonLineParts(text: string, options: DecideLineOptions): JsonLineParts {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return errorParts(undefined, options.line, { code: "invalid_json", message: `The line is not valid JSON (${reason})` });
  }
  const parsed = parseApplication(raw);
  if (!parsed.ok) return errorParts(idOf(raw), options.line, parsed.error);
  const application = parsed.application;
  const chosen = chooseRuleSet(application, options);
  if (!chosen.ok) return errorParts(application.id, options.line, chosen.error);
  const ruleSet = chosen.ruleSet;
  const s = serialised(ruleSet);
  const trace = options.brief ? null : scratchTrace;
  if (trace) trace.length = 0;
  const branch = walk(ruleSet, application, trace);
  if (branch.kind === 2) {
    return errorParts(application.id, options.line, { code: branch.error!.code, message: undecidedMessage(branch, application) });
  }
  const head = application.id !== undefined ? `{"id":${JSON.stringify(application.id)},` : "{";
  const tail = trace ? traceTail(s, ruleSet, trace, branch.status!, application.course) : s.briefTails[branch.status!]!;
  return { head, tail, error: false };
}

/**
 * Decide one line of text and return the output line as JSON text (no newline); the same JSON as
 * JSON.stringify(decideLine(JSON.parse(text), options)), with invalid_json for text that is not JSON.
 */
export function decideJsonLine(text: string, options: DecideLineOptions): { json: string; error: boolean } {
  const { head, tail, error } = decideJsonLineParts(text, options);
  return { json: head + tail, error };
}
