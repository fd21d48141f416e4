// Test helper: find the rules' internal codes (outcome codes, course ids, work settings, list ids,
// parameter and step ids, and bare establishment type numbers) in the words of an HTML page, where a
// policy reader would meet them. The codes come from the rules module itself, so a code added there is
// looked for here. What a technical reader is meant to see is left alone: <code>, <pre>, <kbd> and
// <samp>, addresses (a course id in /rules/2026-06-01/npq-senco/ is a link, not a word), and attributes
// other than the ones read aloud (aria-label, alt, title).
import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";
import {
  APPLICATION_FLAGS,
  COURSE_IDS,
  DECISION_ERROR_CODES,
  ELIGIBILITY_LISTS,
  EMPLOYMENT_TYPES,
  HEADSHIP_WORKPLACES,
  INSTITUTION_KINDS,
  KINDS_OF_NURSERY,
  NPQH_STAGES,
  PARAMETERS,
  RULE_SETS,
  SENCO_QUALIFICATIONS,
  SENCO_SETTINGS,
  STATUSES,
  WORK_SETTINGS,
} from "../../rules/index.ts";

export interface RawCodeHit {
  /** The code as found, e.g. "unfunded_cohort" or "type 1, 2". */
  code: string;
  /** What kind of code: "outcome", "course", "work setting", ... */
  kind: string;
  /** Up to 60 characters either side, to find it on the page. */
  context: string;
}

/**
 * Only codes shaped like codes: snake_case, kebab-case or camelCase ids. One-word values ("funded",
 * "other", "school", "rise", "full") are also English words, so a sentence using them is not a leak.
 */
const idShaped = (v: string) => /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/.test(v) || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(v);

export const VOCABULARY_CODES: ReadonlyMap<string, string> = (() => {
  const kinds: [string, readonly string[]][] = [
    ["outcome", STATUSES],
    ["error", DECISION_ERROR_CODES],
    ["course", COURSE_IDS],
    ["work setting", WORK_SETTINGS],
    ["kind of nursery", KINDS_OF_NURSERY],
    ["employment type", EMPLOYMENT_TYPES],
    ["institution kind", INSTITUTION_KINDS],
    ["list", ELIGIBILITY_LISTS],
    ["application answer", APPLICATION_FLAGS],
    ["NPQH stage", NPQH_STAGES],
    ["headship workplace", HEADSHIP_WORKPLACES],
    ["SENCO qualification", SENCO_QUALIFICATIONS],
    ["SENCO setting", SENCO_SETTINGS],
    ["parameter", PARAMETERS.map((p) => p.id)],
    ["step", RULE_SETS.flatMap((r) => r.steps.map((s) => s.id))],
  ];
  const codes = new Map<string, string>();
  for (const [kind, values] of kinds) for (const v of values) if (idShaped(v) && !codes.has(v)) codes.set(v, kind);
  return codes;
})();

/** The establishment type numbers a parameter can hold (eligible-establishment-types and the rest). */
export const ESTABLISHMENT_TYPE_NUMBERS: ReadonlySet<string> = new Set(
  PARAMETERS.filter((p) => p.vocabulary === "establishment-type-code").flatMap((p) => Object.values(p.values).flatMap((d) => [...d.value])),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const CODE_TOKEN = new RegExp(
  `(?<![A-Za-z0-9_-])(${[...VOCABULARY_CODES.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![A-Za-z0-9_-])`,
  "g",
);
/**
 * An establishment type named by its number alone: "Establishment type 1 or 2", "types: 1, 2, 3".
 * Straight after its name, in brackets or after a colon, the number is fine: "Community school
 * (type 1)", "a local authority nursery school (establishment type 15)", "nursery school: type 15".
 */
const BARE_TYPE_NUMBERS = /(?<![(:]\s*(?:GIAS )?(?:establishment )?)\btypes?(?: codes?)?:?\s+(\d{1,3}(?:\s*(?:,|or|and)\s*\d{1,3})*)\b/gi;
/** A list of two or more numbers, e.g. "1, 2, 3, 5": establishment types when beside the words "establishment type". */
const NUMBER_RUN = /(?<![\d.])\d{1,3}(?:\s*,\s*\d{1,3})+(?![\d.])/g;
const ESTABLISHMENT_TYPE_WORDS = /establishment type/i;

/** Addresses are not words: a code inside one is part of a link. */
const ADDRESS = /(?:https?:\/\/|\/)\S*|\S*#\S*/g;

const SKIPPED = new Set(["code", "pre", "kbd", "samp", "script", "style", "template", "svg"]);
const READ_ALOUD = ["aria-label", "alt", "title"];

/** The page's text a reader meets, as separate pieces (each element's own text, each attribute read aloud). */
export function readerText(html: string): string[] {
  const root = parse(html, { comment: false });
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) pieces.push(current.replace(/\s+/g, " ").trim());
    current = "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? "";
    if (SKIPPED.has(tag)) {
      current += " ";
      return;
    }
    for (const name of READ_ALOUD) {
      const value = el.getAttribute(name);
      if (value) pieces.push(value);
    }
    // Block-ish boundaries keep one cell's words from running into the next.
    const block = /^(p|li|td|th|dt|dd|h[1-6]|div|section|tr|caption|title|summary|ul|ol|dl|table|nav|header|footer|main|br)$/.test(tag);
    if (block) flush();
    el.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return pieces;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 60), index + length + 60);
}

/** Every raw code in a page's reader text. */
export function findRawCodes(html: string): RawCodeHit[] {
  const hits: RawCodeHit[] = [];
  const pieces = readerText(html);
  pieces.forEach((piece, i) => {
    const words = piece.replace(ADDRESS, (m) => " ".repeat(m.length));
    for (const m of words.matchAll(CODE_TOKEN)) hits.push({ code: m[1]!, kind: VOCABULARY_CODES.get(m[1]!)!, context: around(piece, m.index, m[0].length) });
    for (const m of words.matchAll(BARE_TYPE_NUMBERS)) {
      const numbers = m[1]!.split(/\s*(?:,|or|and)\s*/);
      if (numbers.every((n) => ESTABLISHMENT_TYPE_NUMBERS.has(n))) hits.push({ code: m[0], kind: "establishment type number", context: around(piece, m.index, m[0].length) });
    }
    // A parameter's value is printed beside its description (a summary list's value beside its key).
    if (!ESTABLISHMENT_TYPE_WORDS.test(piece) && !ESTABLISHMENT_TYPE_WORDS.test(pieces[i - 1] ?? "")) return;
    for (const m of words.matchAll(NUMBER_RUN)) {
      if (m[0].split(/\s*,\s*/).every((n) => ESTABLISHMENT_TYPE_NUMBERS.has(n))) hits.push({ code: m[0], kind: "establishment type numbers", context: around(piece, m.index, m[0].length) });
    }
  });
  return hits;
}
