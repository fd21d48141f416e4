// Every disagreement, written as it is found with csv-stringify's streaming writer, so a million
// records need no more memory than ten. Backpressure: write() waits for the file to drain.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { stringify } from "csv-stringify";
import type { Disagreement } from "./replay.ts";

export const DISAGREEMENT_COLUMNS = [
  "line",
  "id",
  "decidedOn",
  "recordedStatus",
  "replayedStatus",
  "ruleSet",
  "ruleSetHash",
  "decidingStep",
  "decidingQuestion",
  "decidingAnswer",
  "parting",
  "trace",
] as const;

/** One CSV row: the deciding step is the trace's last; the trace is "step: answer" in order. */
export function disagreementRow(d: Disagreement): string[] {
  const deciding = d.trace[d.trace.length - 1];
  return [
    String(d.line),
    d.id ?? "",
    d.decidedOn,
    d.recorded,
    d.replayed,
    d.ruleSet,
    d.ruleSetHash,
    deciding?.step ?? "",
    deciding?.question ?? "",
    deciding?.answer ?? "",
    d.parting,
    d.trace.map((t) => `${t.step}: ${t.answer}`).join("; "),
  ];
}

export interface DisagreementsCsv {
  write(d: Disagreement): Promise<void> | undefined;
  close(): Promise<void>;
}

/** Opens the file first, so a path that cannot be written stops the run before any work is done. */
export async function openDisagreementsCsv(file: string): Promise<DisagreementsCsv> {
  const output = createWriteStream(file);
  await once(output, "open"); // rejects with the open error (no such folder, no permission)
  const stringifier = stringify({ header: true, columns: [...DISAGREEMENT_COLUMNS] });
  let failure: Error | undefined;
  // Settles only on failure; raced against "drain" so a write error never leaves the run waiting.
  const failed = new Promise<never>((_, reject) => {
    const fail = (e: Error) => {
      failure ??= e;
      reject(e);
    };
    output.on("error", fail);
    stringifier.on("error", fail);
  });
  failed.catch(() => undefined);
  stringifier.pipe(output);
  return {
    write(d) {
      if (failure) throw failure;
      if (!stringifier.write(disagreementRow(d))) return Promise.race([once(stringifier, "drain").then(() => undefined), failed]);
      return undefined;
    },
    async close() {
      if (failure) throw failure;
      stringifier.end();
      await Promise.race([once(output, "close"), failed]);
    },
  };
}
