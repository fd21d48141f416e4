// Read a CSV of recorded decisions with csv-parse's streaming parser, one record at a time. The first
// row names the columns. A row with too few or too many cells, or broken quoting, is an error for that
// row (with its line number), never the end of the run.
import type { Readable } from "node:stream";
import { parse, type CsvError, type InfoRecord } from "csv-parse";
import type { AuditInput } from "./audit-input.ts";
import { recordFromCsvRow } from "./csv-application.ts";

type Row = { record: Record<string, string>; info: InfoRecord & { error?: CsvError } };

export async function* csvRecords(input: Readable): AsyncGenerator<AuditInput> {
  const skipped: AuditInput[] = [];
  const parser = input.pipe(
    parse({
      columns: true,
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) skipped.push({ line: Number(err.lines), error: { code: "invalid_input", message: `The row is not valid CSV (${err.message})` } });
        return undefined;
      },
    }),
  );
  input.on("error", (e) => parser.destroy(e));
  // csv-parse counts the line a record ends on; a record starts after the previous one and any
  // empty lines between, which differs only when a quoted cell spans lines.
  let previousEnd = 1;
  let previousEmpty = 0;
  for await (const { record, info } of parser as AsyncIterable<Row>) {
    while (skipped.length) yield skipped.shift()!;
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    if (info.error) {
      const cells = (info.error as CsvError & { record?: unknown[] }).record?.length ?? Object.keys(record).length;
      const columns = ((info as unknown as { columns: unknown[] }).columns).length;
      yield {
        line,
        ...(record.id ? { id: record.id } : {}),
        error: { code: "invalid_input", message: `The row has ${cells} cells; line 1 names ${columns} columns` },
      };
      continue;
    }
    yield { line, raw: recordFromCsvRow(record) };
  }
  while (skipped.length) yield skipped.shift()!;
}
