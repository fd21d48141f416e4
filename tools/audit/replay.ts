// Replay one recorded decision: re-decide the application under the rule set in force on the day it
// was decided (or the rule set it names, which wins) and compare the status with the one recorded.
// Pure over the rules module: the application is checked by rules' parseApplication (via decideLine),
// so the audit and `npm run decide` accept and reject exactly the same applications.
import {
  decideLine,
  isErrorLine,
  isIsoDate,
  isStatus,
  ruleSetById,
  showValue,
  STATUSES,
  type ErrorInfo,
  type Status,
  type TraceEntry,
} from "../../rules/index.ts";
import type { AuditInput } from "./audit-input.ts";
import { partingOf } from "./parting.ts";

export interface Agreement {
  readonly kind: "agree";
  readonly line: number;
  readonly recorded: Status;
  readonly ruleSet: string;
  readonly ruleSetHash: string;
}

export interface Disagreement {
  readonly kind: "disagree";
  readonly line: number;
  readonly id: string | null;
  readonly decidedOn: string;
  readonly recorded: Status;
  readonly replayed: Status;
  readonly ruleSet: string;
  readonly ruleSetHash: string;
  /** Every step the replay took; the last one decided. */
  readonly trace: readonly TraceEntry[];
  /** Where the replay and the recorded status part, in words (see parting.ts). */
  readonly parting: string;
}

export interface ReplayError {
  readonly kind: "error";
  readonly line: number;
  readonly id: string | null;
  readonly error: ErrorInfo;
}

export type Replay = Agreement | Disagreement | ReplayError;

export interface ReplayOptions {
  /** Today's date in England; decideLine needs it, though decidedOn always gives the date here. */
  readonly today: string;
}

function idOf(raw: unknown): string | null {
  const id = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>).id : undefined;
  return typeof id === "string" ? id : null;
}

const fail = (line: number, raw: unknown, code: ErrorInfo["code"], message: string): ReplayError => ({
  kind: "error",
  line,
  id: idOf(raw),
  error: { code, message },
});

export function replayRecord(input: AuditInput, options: ReplayOptions): Replay {
  const line = input.line;
  if (input.error) return { kind: "error", line, id: input.id ?? null, error: input.error };
  const raw = input.raw;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return fail(line, raw, "invalid_input", `A record must be a JSON object: an application with decidedOn and recordedStatus; got ${showValue(raw)}`);
  }
  const record = raw as Record<string, unknown>;
  const decidedOn = record.decidedOn;
  if (!isIsoDate(decidedOn)) {
    return fail(line, raw, "invalid_input", `decidedOn ${showValue(decidedOn)} is not a date; expected the day the decision was taken as YYYY-MM-DD, e.g. "2025-09-01"`);
  }
  const recorded = record.recordedStatus;
  if (typeof recorded !== "string" || !isStatus(recorded)) {
    return fail(line, raw, "invalid_input", `recordedStatus ${showValue(recorded)} is not a status; expected one of ${STATUSES.join(", ")}`);
  }
  // The decision date is decidedOn, whatever asOf the record carries; a named ruleSet still wins.
  const application = record.asOf === undefined || record.asOf === decidedOn ? record : { ...record, asOf: undefined };
  const decideOptions = { asOf: decidedOn, today: options.today, line, brief: true };
  const brief = decideLine(application, decideOptions);
  if (isErrorLine(brief)) {
    // decideLine names the date's origin as "--as-of"; here it is the record's decidedOn.
    const message = brief.error.message.replace(/^--as-of /, "decidedOn ");
    return { kind: "error", line, id: idOf(raw), error: { code: brief.error.code, message } };
  }
  if (brief.status === recorded) return { kind: "agree", line, recorded, ruleSet: brief.ruleSet, ruleSetHash: brief.ruleSetHash };
  // Disagreements are rare: only they pay for the trace.
  const full = decideLine(application, { ...decideOptions, brief: false });
  if (isErrorLine(full)) throw new Error(`Line ${line}: decided briefly but not in full (${full.error.message})`);
  const trace = full.trace ?? [];
  return {
    kind: "disagree",
    line,
    id: idOf(raw),
    decidedOn,
    recorded,
    replayed: full.status,
    ruleSet: full.ruleSet,
    ruleSetHash: full.ruleSetHash,
    trace,
    parting: partingOf(ruleSetById(full.ruleSet)!, trace, recorded),
  };
}
