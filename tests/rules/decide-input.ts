// Generated input for the decide command's tests, and an oracle for it: every rule set's eligibility
// rows (so every path of every rule set), mixed with the lines the contract says how to treat —
// errors of every code, blank lines, Windows line ends, text that is not ASCII, a byte order mark,
// a line longer than a batch — in a fixed pseudo-random order, so a failure is repeatable.
import { RULE_SETS, dateInEngland, decideJsonLine, eligibilityRows } from "../../rules/index.ts";

/** A fixed-seed generator (mulberry32): the same lines on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rows = RULE_SETS.flatMap((r) => eligibilityRows(r).map((row) => row.application));

const base = { course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, workSetting: "a_school", institution: { kind: "school", establishmentTypeCode: "1", lists: [] } };

/** Lines that are errors, one of each code and then some, by what makes them so. */
const BAD_LINES: readonly ((id: string) => string)[] = [
  () => "{oops",
  (id) => `{"id":"${id}","course":`,
  () => "[1,2,3]",
  () => "42",
  () => '"a string"',
  () => "null",
  (id) => JSON.stringify({ ...base, id, course: "npq-knitting" }),
  (id) => JSON.stringify({ ...base, id, worksInEngland: null }),
  (id) => JSON.stringify({ ...base, id, cohort: undefined }),
  (id) => JSON.stringify({ ...base, id, ruleSet: "1999-01-01" }),
  (id) => JSON.stringify({ ...base, id, asOf: "2000-01-01" }),
  (id) => JSON.stringify({ ...base, id, asOf: "2026-02-30" }),
  (id) => JSON.stringify({ ...base, id, institution: null }),
  (id) => `\uFEFF${JSON.stringify({ ...base, id })}`,
];

const BLANK_LINES = ["", "   ", "\t", "\r", "\uFEFF", " \r"];

const NOT_ASCII_IDS = ["é-café", "日本語", "emoji-😀", "quote-\"-and-\\-backslash", "line\u2028separator"];

/**
 * `count` lines of input, joined by "\n" (some ending "\r\n"), with no "\n" after the last line.
 * `longLine` adds one application whose id is that many characters, somewhere in the middle.
 */
export function decideInput(count: number, seed = 16, longLine = 0): string {
  const next = random(seed);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    const id = `line-${i}`;
    let line: string;
    if (r < 0.06) line = BLANK_LINES[Math.floor(next() * BLANK_LINES.length)]!;
    else if (r < 0.14) line = BAD_LINES[Math.floor(next() * BAD_LINES.length)]!(id);
    else {
      const row = rows[Math.floor(next() * rows.length)]!;
      const s = next();
      // The rule set by the line's ruleSet, by its asOf instead, or by --as-of (neither given).
      const { ruleSet, ...rest } = row;
      const application = s < 0.5 ? row : s < 0.7 ? { ...rest, asOf: "2025-09-01" } : rest;
      const withId = next() < 0.03 ? `${NOT_ASCII_IDS[Math.floor(next() * NOT_ASCII_IDS.length)]}-${i}` : id;
      line = JSON.stringify(next() < 0.05 ? application : { id: withId, ...application });
      if (next() < 0.1) line = ` ${line}\t`;
    }
    if (longLine > 0 && i === Math.floor(count / 2)) line = JSON.stringify({ ...base, id: "x".repeat(longLine) });
    lines.push(next() < 0.05 ? `${line}\r` : line);
  }
  return lines.join("\n");
}

/**
 * What decide must print for `input`, straight from decideJsonLine in this process, split as
 * decision-io.md says: "\n" ends a line, a trailing "\r" is not part of it, blank lines are skipped
 * but counted. Also whether any line was an error.
 */
export function expectedDecisions(input: string, options: { asOf?: string; ruleSetId?: string; brief?: boolean }): { lines: string[]; anyError: boolean } {
  const pieces = input.split("\n");
  if (pieces.at(-1) === "") pieces.pop();
  const lines: string[] = [];
  let anyError = false;
  pieces.forEach((piece, i) => {
    const text = piece.endsWith("\r") ? piece.slice(0, -1) : piece;
    if (text.trim() === "") return;
    const r = decideJsonLine(text, { today: dateInEngland(new Date()), ...options, line: i + 1 });
    if (r.error) anyError = true;
    lines.push(r.json);
  });
  return { lines, anyError };
}
