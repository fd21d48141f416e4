// One batch of the decide command's input: whole lines of text in, their decisions out as one string.
// The same function runs on the main thread and on the worker threads (decide-worker-thread.ts), so
// every line is decided the same way wherever it lands: numbered by its place in the whole input
// (blank lines count), a trailing "\r" dropped, blank lines skipped (decision-io.md).

import { decideJsonLine, type DecideLineOptions } from "../../rules/index.ts";

export type BatchOptions = Omit<DecideLineOptions, "line">;

export interface DecidedBatch {
  /** One decision or error line per non-blank input line, each ending in "\n". */
  readonly output: string;
  /** Whether any line was an error (the command then exits 1). */
  readonly anyError: boolean;
}

/**
 * Decide `text`: lines separated by "\n", the first of them line `firstLine` of the input. A final
 * piece with no "\n" after it is a line too (the input's last line); an empty one is nothing.
 */
export function decideBatch(text: string, firstLine: number, options: BatchOptions): DecidedBatch {
  // One options object, its line number updated in place: no allocation per line.
  const lineOptions = { ...options, line: 0 };
  let output = "";
  let anyError = false;
  let lineNumber = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() !== "") {
      lineOptions.line = lineNumber;
      const result = decideJsonLine(line, lineOptions);
      if (result.error) anyError = true;
      output += result.json + "\n";
    }
    lineNumber++;
    start = end + 1;
  }
  return { output, anyError };
}
