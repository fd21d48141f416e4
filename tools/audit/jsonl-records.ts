// Read JSON Lines one record at a time: memory stays flat whatever the file's size. Blank lines are
// skipped but still counted, so line numbers match what an editor shows.
import type { Readable } from "node:stream";
import { createInterface } from "node:readline";
import type { AuditInput } from "./audit-input.ts";

export async function* jsonlRecords(input: Readable): AsyncGenerator<AuditInput> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      yield { line, error: { code: "invalid_json", message: `The line is not valid JSON (${reason})` } };
      continue;
    }
    yield { line, raw };
  }
}
