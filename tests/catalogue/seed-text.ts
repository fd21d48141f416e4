// Test helper: the seed documents' text and their sections (by site/provenance/seed-outline.ts, the
// outline the source pages anchor), so tests can check that every citation names one real section
// and that what a fact says is in that section.
// Read from sources/, the repository's byte-for-byte copies of the seed documents (the ones the site
// publishes the hashes of), so the tests run in any clone.
import { readFileSync } from "node:fs";
import { SOURCE_DOCUMENTS, type Source, type SourceDocumentId } from "../../rules/sources.ts";
import { citedHeading, headingAfter, headingsOf as outlineOf, textUnder, type Heading } from "../../site/provenance/seed-outline.ts";

const SEEDS_DIR = new URL("../../sources/", import.meta.url);

export function seedText(id: SourceDocumentId): string {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`seed-text: unknown source document "${id}"`);
  return readFileSync(new URL(doc.file, SEEDS_DIR), "utf8");
}

export type { Heading } from "../../site/provenance/seed-outline.ts";

/** The document's headings, in order, with their level and position among headings of the same text. */
export function headingsOf(id: SourceDocumentId): Heading[] {
  return outlineOf(id, seedText(id));
}

/**
 * The text under the heading a citation names, up to the next heading of the same or a higher level.
 * A heading the document uses twice needs `occurrence` (1 for the first): without it, this throws.
 */
export function sectionText(id: SourceDocumentId, section: string, occurrence?: number): string {
  const text = seedText(id);
  return textUnder(id, text, citedHeading(id, text, section, occurrence));
}

/** The text a Source cites: its section, which of several with that heading it says. */
export function citedText(source: Source): string {
  if (!source.document || !source.section) throw new Error(`seed-text: "${source.title}" cites no seed section`);
  return sectionText(source.document, source.section, source.occurrence);
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

/**
 * The title a citation of this section should have, worked out from the seed's own outline: the
 * document's name, then the heading, saying which one (by position and the heading after it) where
 * the seed uses it twice; a design-history post's title heads its opening paragraph.
 */
export function expectedCitationTitle(source: Source): string {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === source.document);
  if (!doc || !source.section) throw new Error(`seed-text: "${source.title}" cites no seed section`);
  if (source.section === doc.title) return `${doc.citeAs}, opening paragraph`;
  const text = seedText(doc.id);
  const heading = citedHeading(doc.id, text, source.section, source.occurrence);
  if (heading.of === 1) return `${doc.citeAs}, '${source.section}'`;
  const next = headingAfter(doc.id, text, heading);
  const ordinal = ["first", "second", "third", "fourth"][heading.occurrence - 1];
  return `${doc.citeAs}, '${source.section}' (the ${ordinal} section with this heading, before '${next?.text}')`;
}
