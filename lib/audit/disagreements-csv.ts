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

export function disagreementsCsv(file: string): DisagreementsCsv {
  const stringifier = stringify({ header: true, columns: [...DISAGREEMENT_COLUMNS] });
  const output = createWriteStream(file);
  let failure: Error | undefined;
  const fail = (e: Error) => (failure ??= e);
  output.on("error", fail);
  stringifier.on("error", fail);
  stringifier.pipe(output);
  return {
    write(d) {
      if (failure) throw failure;
      if (!stringifier.write(disagreementRow(d))) return once(stringifier, "drain").then(() => undefined);
      return undefined;
    },
    async close() {
      stringifier.end();
      await once(output, "close");
      if (failure) throw failure;
    },
  };
}
