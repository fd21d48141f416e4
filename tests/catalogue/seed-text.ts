// Test helper: the seed documents' text and their sections, so tests can check that every citation
// names a real section heading and that what a fact says is in that section.
// Read from sources/, the repository's byte-for-byte copies of the seed documents (the ones the site
// publishes the hashes of), so the tests run in any clone.
import { readFileSync } from "node:fs";
import { SOURCE_DOCUMENTS, type SourceDocumentId } from "../../rules/sources.ts";

const SEEDS_DIR = new URL("../../sources/", import.meta.url);

export function seedText(id: SourceDocumentId): string {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`seed-text: unknown source document "${id}"`);
  return readFileSync(new URL(doc.file, SEEDS_DIR), "utf8");
}

/** Seeds 001 and 002 are plain text: their headings, in document order, with a level (1 = top). */
const PLAIN_HEADINGS: Partial<Record<SourceDocumentId, readonly (readonly [string, number])[]>> = {
  "seed-001": [
    ["The National Award for SEN Co-ordination (NASENCo)", 1],
    ["Key Aspects of NASENCo", 2],
    ["The National Professional Qualification for Headship (NPQH)", 1],
    ["Key details about the NPQH", 2],
  ],
  "seed-002": [
    ["Introduction", 1],
    ["Purpose and deliverability of the NPQs", 1],
    ["NPQs", 1],
    ["SENCO NPQ", 1],
    ["Early headship coaching offer", 1],
    ["NPQ providers", 1],
    ["Applying for an NPQ", 1],
    ["Funding and eligibility", 1],
    ["Leading teacher development NPQ", 2],
    ["Early headship coaching offer", 2],
    ["Scholarship funding from Spring 2025", 1],
    ["Funding restrictions", 2],
    ["Next steps", 1],
    ["Your feedback", 1],
  ],
};

export interface Heading {
  readonly text: string;
  readonly level: number;
  readonly line: number;
}

/** A heading line's text without markdown marks or a trailing colon (seed 001 uses no-break spaces). */
export function headingText(line: string): string {
  return line
    .replace(/\s+/g, " ")
    .replace(/^\s*#+\s*/, "")
    .replace(/\*\*/g, "")
    .replace(/:\s*$/, "")
    .trim();
}

export function headingsOf(id: SourceDocumentId): Heading[] {
  const lines = seedText(id).split("\n");
  const plain = PLAIN_HEADINGS[id];
  if (plain) {
    // Match the listed headings in order; each must be a whole line of the seed.
    const found: Heading[] = [];
    let from = 0;
    for (const [text, level] of plain) {
      const line = lines.findIndex((l, i) => i >= from && headingText(l) === text);
      if (line < 0) throw new Error(`seed-text: heading "${text}" is not a line of ${id} after line ${from + 1}`);
      found.push({ text, level, line });
      from = line + 1;
    }
    return found;
  }
  // Markdown seeds (000, 003): "#" lines. Seed 000's front-matter title heads its opening paragraph,
  // which ends at its first "##" heading, so it counts as level 2.
  return lines.flatMap((l, line) => {
    const md = /^(#+)\s/.exec(l);
    if (md?.[1]) return [{ text: headingText(l), level: md[1].length, line }];
    const title = /^title:\s*(.+)$/.exec(l);
    if (title?.[1]) return [{ text: title[1].trim(), level: 2, line }];
    return [];
  });
}

/** The text under every heading with this exact text, up to the next heading of the same or a higher level. */
export function sectionText(id: SourceDocumentId, section: string): string {
  const lines = seedText(id).split("\n");
  const headings = headingsOf(id);
  const own = headings.filter((h) => h.text === section);
  if (own.length === 0) {
    throw new Error(`seed-text: "${section}" is not a section heading of ${id}; its headings are: ${headings.map((h) => `"${h.text}"`).join(", ")}`);
  }
  return own
    .map((h) => {
      const next = headings.find((n) => n.line > h.line && n.level <= h.level);
      return lines.slice(h.line + 1, next ? next.line : lines.length).join("\n");
    })
    .join("\n");
}

/** Collapse runs of whitespace, so a phrase matches across line breaks and table tabs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** Every number a text states, in figures ("1,500", "18-month") or as a word ("two conferences"). */
export function numbersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) found.add(Number(m[0].replace(/,/g, "")));
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const n = NUMBER_WORDS.indexOf(m[0]);
    if (n >= 0) found.add(n);
  }
  return found;
}
