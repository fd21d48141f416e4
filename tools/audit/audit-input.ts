// One record read from a recorded-decisions file, before it is replayed: the parsed value with the
// line it starts on, or why it could not be read (bad JSON, a broken CSV row).
import type { ErrorInfo } from "../../rules/index.ts";

export type AuditInput =
  | { readonly line: number; readonly raw: unknown; readonly error?: undefined }
  | { readonly line: number; readonly raw?: undefined; readonly error: ErrorInfo; readonly id?: string };

export type InputFormat = "jsonl" | "csv";

/** .csv is CSV; anything else (.jsonl, .ndjson, .json) is JSON Lines. */
export function formatOfFile(file: string): InputFormat {
  return /\.csv$/i.test(file) ? "csv" : "jsonl";
}
