// One batch of the decide command's input: whole lines of text in, their decisions out as UTF-8
// bytes. The same function runs on the main thread and on the worker threads
// (decide-worker-thread.ts), so every line is decided the same way wherever it lands: numbered by
// its place in the whole input (blank lines count), a trailing "\r" dropped, blank lines skipped
// (decision-io.md), each line's JSON exactly rules/decideJsonLine's.

import { decideJsonLineParts, type DecideLineOptions } from "../../rules/decide-line.ts";
import type { OutputBytes } from "./batch-bytes.ts";

export type BatchOptions = Omit<DecideLineOptions, "line">;

/**
 * A decision's tail (everything after its id) recurs for every line with the same outcome, path and
 * course, so each is encoded once. The rule sets bound how many there are; the cap is only a guard.
 */
const tailBytes = new Map<string, Uint8Array>();
const MAX_TAILS = 100_000;

const NEWLINE = 0x0a;

/**
 * Decide `text` (lines separated by "\n", the first of them line `firstLine` of the input) into
 * `out`, one line of JSON and a "\n" for each line that is not blank. A final piece with no "\n"
 * after it is a line too (the input's last line); an empty one is nothing. True when any line was
 * an error (the command then exits 1).
 */
export function decideBatch(text: string, firstLine: number, options: BatchOptions, out: OutputBytes): boolean {
  // One options object, its line number updated in place: no allocation per line.
  const lineOptions = { ...options, line: 0 };
  let anyError = false;
  let lineNumber = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    // A trailing "\r" (a Windows line end) is not part of the line.
    const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    // Most lines start with "{" and so are not blank: no need to trim them to know.
    if (line.charCodeAt(0) === 123 || line.trim() !== "") {
      lineOptions.line = lineNumber;
      const { head, tail, error } = decideJsonLineParts(line, lineOptions);
      if (error) anyError = true;
      out.writeText(head);
      if (tail !== "") {
        let bytes = tailBytes.get(tail);
        if (bytes === undefined) {
          bytes = Buffer.from(tail, "utf8");
          if (tailBytes.size < MAX_TAILS) tailBytes.set(tail, bytes);
        }
        out.writeBytes(bytes);
      }
      out.writeByte(NEWLINE);
    }
    lineNumber++;
    start = end + 1;
  }
  return anyError;
}
