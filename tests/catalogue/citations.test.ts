// Every fact in the catalogue cites a seed section that exists, and what it says is in that section.
import { describe, expect, it } from "vitest";
import { QUALIFICATIONS, formatPartialDate } from "../../catalogue/index.ts";
import { SOURCE_DOCUMENTS, type SourceDocumentId } from "../../rules/sources.ts";
import { numbersIn, sectionText, squash } from "./seed-text.ts";
import { factsIn, numbersAndDates } from "./walk.ts";

const ALL = QUALIFICATIONS.flatMap(factsIn);
const label = (f: (typeof ALL)[number]) => `${f.code} ${f.path}`;
const docIds = SOURCE_DOCUMENTS.map((d) => d.id as string);

describe("the catalogue's citations", () => {
  it("finds a good number of facts to check (the walk is not empty)", () => {
    expect(ALL.length).toBeGreaterThan(150);
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s cites a seed document and section, with a title", (_, { fact }) => {
    expect(fact.source.title.length).toBeGreaterThan(0);
    expect(docIds).toContain(fact.source.document);
    expect(fact.source.section).toBeTruthy();
    expect(fact.source.title).toContain(`'${fact.source.section}'`);
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s: the section is a heading of the seed, and the evidence phrase is in it", (_, { fact }) => {
    const text = squash(sectionText(fact.source.document as SourceDocumentId, fact.source.section as string));
    expect(fact.evidence.split(/\s+/).length, "evidence is a short phrase").toBeLessThanOrEqual(15);
    expect(text).toContain(squash(fact.evidence));
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s: every number and date it states is in the cited section", (_, { fact }) => {
    const raw = sectionText(fact.source.document as SourceDocumentId, fact.source.section as string);
    const stated = numbersIn(raw);
    const { numbers, dates } = numbersAndDates(fact.value);
    for (const n of numbers) expect(stated.has(n), `${n} in "${fact.source.section}"`).toBe(true);
    for (const d of dates) expect(squash(raw).toLowerCase()).toContain(formatPartialDate(d).toLowerCase());
  });
});

describe("the seed-section reader the citation tests rely on", () => {
  it("rejects the contents-page wording of seed 003 ('Core inputs and timings' is not a heading)", () => {
    expect(() => sectionText("seed-003", "Core inputs and timings")).toThrow(/not a section heading/);
  });

  it("ends a section at the next heading of its level (seed 003 'Core input and timings' stops before 'The sequence')", () => {
    const text = sectionText("seed-003", "Core input and timings");
    expect(text).toContain("1500-word response");
    expect(text).not.toContain("Please see below the course titles");
  });

  it("reads figures and number words: '£1,855', '1-hour 15 minute', 'two conferences'", () => {
    expect([...numbersIn("£1,855 + VAT, 1-hour 15 minute, two conferences")].sort((a, b) => a - b)).toEqual([1, 2, 15, 1855]);
  });
});
