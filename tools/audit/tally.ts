// The running totals of an audit. Memory is bounded whatever the number of records: counts, a
// recorded-by-replayed matrix, the first JSON_LIMIT disagreements and errors (for --json), and the
// first REPORT_LIMIT of each with their traces (for the HTML report). Every disagreement still goes
// to the CSV as it is found (disagreements-csv.ts).
import type { Disagreement, Replay, ReplayError } from "./replay.ts";

export const JSON_LIMIT = 10_000;
export const REPORT_LIMIT = 1_000;

export interface RuleSetUse {
  readonly id: string;
  readonly hash: string;
  records: number;
  agree: number;
  disagree: number;
}

export interface AuditSummary {
  readonly records: number;
  readonly agree: number;
  readonly disagree: number;
  readonly errors: number;
  /** agree / (agree + disagree): records that could be replayed; null when none could. */
  readonly agreementRate: number | null;
  /** Rule sets used, in the order first met, with their hashes. */
  readonly ruleSets: readonly RuleSetUse[];
  /** matrix[recorded][replayed] = count, over decided records. */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly disagreements: readonly { readonly id: string | null; readonly line: number; readonly recorded: string; readonly replayed: string }[];
  readonly errorRecords: readonly { readonly line: number; readonly id: string | null; readonly code: string; readonly message: string }[];
  /** Disagreements with traces for the report. */
  readonly samples: readonly Disagreement[];
  readonly errorSamples: readonly ReplayError[];
}

export class AuditTally {
  records = 0;
  agree = 0;
  disagree = 0;
  errors = 0;
  private readonly ruleSets = new Map<string, RuleSetUse>();
  private readonly matrix = new Map<string, Map<string, number>>();
  private readonly disagreements: AuditSummary["disagreements"][number][] = [];
  private readonly errorRecords: AuditSummary["errorRecords"][number][] = [];
  private readonly samples: Disagreement[] = [];
  private readonly errorSamples: ReplayError[] = [];

  add(replay: Replay): void {
    this.records++;
    if (replay.kind === "error") {
      this.errors++;
      if (this.errorRecords.length < JSON_LIMIT) {
        this.errorRecords.push({ line: replay.line, id: replay.id, code: replay.error.code, message: replay.error.message });
      }
      if (this.errorSamples.length < REPORT_LIMIT) this.errorSamples.push(replay);
      return;
    }
    let use = this.ruleSets.get(replay.ruleSet);
    if (!use) this.ruleSets.set(replay.ruleSet, (use = { id: replay.ruleSet, hash: replay.ruleSetHash, records: 0, agree: 0, disagree: 0 }));
    use.records++;
    const replayed = replay.kind === "agree" ? replay.recorded : replay.replayed;
    let row = this.matrix.get(replay.recorded);
    if (!row) this.matrix.set(replay.recorded, (row = new Map()));
    row.set(replayed, (row.get(replayed) ?? 0) + 1);
    if (replay.kind === "agree") {
      this.agree++;
      use.agree++;
      return;
    }
    this.disagree++;
    use.disagree++;
    if (this.disagreements.length < JSON_LIMIT) {
      this.disagreements.push({ id: replay.id, line: replay.line, recorded: replay.recorded, replayed: replay.replayed });
    }
    if (this.samples.length < REPORT_LIMIT) this.samples.push(replay);
  }

  summary(): AuditSummary {
    const decided = this.agree + this.disagree;
    const matrix: Record<string, Record<string, number>> = {};
    for (const [recorded, row] of this.matrix) matrix[recorded] = Object.fromEntries(row);
    return {
      records: this.records,
      agree: this.agree,
      disagree: this.disagree,
      errors: this.errors,
      agreementRate: decided === 0 ? null : this.agree / decided,
      ruleSets: [...this.ruleSets.values()].map((r) => ({ ...r })),
      matrix,
      disagreements: this.disagreements,
      errorRecords: this.errorRecords,
      samples: this.samples,
      errorSamples: this.errorSamples,
    };
  }
}

/** The object `npm run audit -- --json` prints. */
export function auditJson(summary: AuditSummary) {
  return {
    records: summary.records,
    agree: summary.agree,
    disagree: summary.disagree,
    errors: summary.errors,
    agreementRate: summary.agreementRate,
    ruleSets: summary.ruleSets.map(({ id, hash, records }) => ({ id, hash, records })),
    disagreements: summary.disagreements,
    ...(summary.disagree > summary.disagreements.length ? { truncated: true } : {}),
    errorRecords: summary.errorRecords,
    ...(summary.errors > summary.errorRecords.length ? { errorRecordsTruncated: true } : {}),
  };
}
