// The outline of each source document: which lines are section headings, at what level, and which of
// several sections with the same heading each one is. The source pages anchor each heading (so a
// citation links to its section), and the tests read sections by it to check what a citation says.
// Pure functions over the text: reading the files is the caller's.
import type { SourceDocumentId } from "../../rules/sources.ts";

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
  /** 0-based line of the document. */
  readonly line: number;
  /** Which heading with this text it is, from 1; `of` how many the document has. */
  readonly occurrence: number;
  readonly of: number;
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

function numbered(found: readonly Omit<Heading, "occurrence" | "of">[]): Heading[] {
  return found.map((h) => {
    const same = found.filter((o) => o.text === h.text);
    return { ...h, occurrence: same.indexOf(h) + 1, of: same.length };
  });
}

export function headingsOf(id: SourceDocumentId, text: string): Heading[] {
  const lines = text.split("\n");
  const plain = PLAIN_HEADINGS[id];
  if (plain) {
    // Match the listed headings in order; each must be a whole line of the seed.
    const found: Omit<Heading, "occurrence" | "of">[] = [];
    let from = 0;
    for (const [heading, level] of plain) {
      const line = lines.findIndex((l, i) => i >= from && headingText(l) === heading);
      if (line < 0) throw new Error(`seed-outline: heading "${heading}" is not a line of ${id} after line ${from + 1}`);
      found.push({ text: heading, level, line });
      from = line + 1;
    }
    return numbered(found);
  }
  // Markdown seeds (000, 003): "#" lines. Seed 000's front-matter title heads its opening paragraph,
  // which ends at its first "##" heading, so it counts as level 2.
  return numbered(
    lines.flatMap((l, line) => {
      const md = /^(#+)\s/.exec(l);
      if (md?.[1]) return [{ text: headingText(l), level: md[1].length, line }];
      const title = /^title:\s*(.+)$/.exec(l);
      if (title?.[1]) return [{ text: title[1].trim(), level: 2, line }];
      return [];
    }),
  );
}

/**
 * The heading a citation names: `section` and, where the document has more than one, `occurrence`.
 * Throws, naming the document's headings, when it names none or more than one.
 */
export function citedHeading(id: SourceDocumentId, text: string, section: string, occurrence?: number): Heading {
  const headings = headingsOf(id, text);
  const own = headings.filter((h) => h.text === section);
  if (own.length === 0) {
    throw new Error(`seed-outline: "${section}" is not a section heading of ${id}; its headings are: ${headings.map((h) => `"${h.text}"`).join(", ")}`);
  }
  if (occurrence === undefined) {
    if (own.length > 1) throw new Error(`seed-outline: ${id} has ${own.length} sections headed "${section}": say which (occurrence 1 to ${own.length})`);
    return own[0]!;
  }
  const chosen = own[occurrence - 1];
  if (!chosen) throw new Error(`seed-outline: ${id} has ${own.length} section(s) headed "${section}", not ${occurrence}`);
  return chosen;
}

/** The text under one heading, up to the next heading of the same or a higher level. */
export function textUnder(id: SourceDocumentId, text: string, heading: Heading): string {
  const lines = text.split("\n");
  const next = headingsOf(id, text).find((n) => n.line > heading.line && n.level <= heading.level);
  return lines.slice(heading.line + 1, next ? next.line : lines.length).join("\n");
}

/** The heading after this one in the document, of any level: how a citation says which of two it means. */
export function headingAfter(id: SourceDocumentId, text: string, heading: Heading): Heading | undefined {
  return headingsOf(id, text).find((n) => n.line > heading.line);
}
