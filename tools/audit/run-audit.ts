// An audit run: read a recorded-decisions file one record at a time, replay each, keep the tally and
// stream disagreements to a CSV. What scripts/audit.ts and the tests call; the script adds arguments,
// progress on stderr, the HTML report and exit codes.
import { createReadStream } from "node:fs";
import { dateInEngland } from "../../rules/index.ts";
import { formatOfFile, type InputFormat } from "./audit-input.ts";
import { csvRecords } from "./csv-records.ts";
import { openDisagreementsCsv } from "./disagreements-csv.ts";
import { jsonlRecords } from "./jsonl-records.ts";
import { replayRecord } from "./replay.ts";
import { AuditTally, type AuditSummary } from "./tally.ts";

export interface AuditOptions {
  readonly file: string;
  /** Default: from the file name (.csv is CSV, anything else JSON Lines). */
  readonly format?: InputFormat;
  /** Where to write every disagreement as CSV. */
  readonly csv?: string;
  /** Called every `progressEvery` records. */
  readonly onProgress?: (tally: Readonly<AuditTally>) => void;
  readonly progressEvery?: number;
  readonly today?: string;
}

/** Rejects (the run cannot go on) only when the input cannot be read or the CSV cannot be written. */
export async function runAudit(options: AuditOptions): Promise<AuditSummary> {
  const format = options.format ?? formatOfFile(options.file);
  const input = createReadStream(options.file, { highWaterMark: 1 << 20 });
  const opened = new Promise<void>((resolve, reject) => {
    input.once("open", () => resolve());
    input.once("error", reject);
  });
  await opened;
  const csv = options.csv ? await openDisagreementsCsv(options.csv).catch((e) => {
    input.destroy();
    throw e;
  }) : undefined;
  const records = format === "csv" ? csvRecords(input) : jsonlRecords(input);
  const tally = new AuditTally();
  const replayOptions = { today: options.today ?? dateInEngland(new Date()) };
  const every = options.progressEvery ?? 100_000;
  try {
    for await (const record of records) {
      const replay = replayRecord(record, replayOptions);
      tally.add(replay);
      if (replay.kind === "disagree" && csv) {
        const waiting = csv.write(replay);
        if (waiting) await waiting;
      }
      if (options.onProgress && tally.records % every === 0) options.onProgress(tally);
    }
  } finally {
    if (csv) await csv.close();
    input.destroy();
  }
  return tally.summary();
}
