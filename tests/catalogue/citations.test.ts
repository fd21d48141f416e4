// Every fact in the catalogue cites a seed section that exists, exactly one (a heading a seed uses
// twice is cited with which one), under the document's own title; what it says is in that section;
// and a fact whose wording joins two sections cites both.
import { describe, expect, it } from "vitest";
import { citationsOf, QUALIFICATIONS, formatPartialDate } from "../../catalogue/index.ts";
import { SOURCE_DOCUMENTS, type SourceDocumentId } from "../../rules/sources.ts";
import { citedText, expectedCitationTitle, headingsOf, numbersIn, sectionText, squash } from "./seed-text.ts";
import { factsIn, numbersAndDates } from "./walk.ts";

const ALL = QUALIFICATIONS.flatMap(factsIn);
const label = (f: (typeof ALL)[number]) => `${f.code} ${f.path}`;
const docIds = SOURCE_DOCUMENTS.map((d) => d.id as string);
const citations = (f: (typeof ALL)[number]) => citationsOf(f.fact);

describe("the catalogue's citations", () => {
  it("finds a good number of facts to check (the walk is not empty)", () => {
    expect(ALL.length).toBeGreaterThan(150);
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s cites a seed document and section, with a title", (_, f) => {
    for (const { source } of citations(f)) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(docIds).toContain(source.document);
      expect(source.section).toBeTruthy();
    }
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s: each citation names one section of its seed, and each evidence phrase is in it", (_, f) => {
    for (const { source, evidence } of citations(f)) {
      // citedText throws unless the section is a heading of the seed, and says which when it is used twice.
      const text = squash(citedText(source));
      expect(evidence.split(/\s+/).length, "evidence is a short phrase").toBeLessThanOrEqual(15);
      expect(text, source.title).toContain(squash(evidence));
    }
  });

  it.each(ALL.map((f) => [label(f), f] as const))("%s: every number and date it states is in the sections it cites", (_, f) => {
    const raw = citations(f).map(({ source }) => citedText(source)).join("\n");
    const stated = numbersIn(raw);
    const { numbers, dates } = numbersAndDates(f.fact.value);
    for (const n of numbers) expect(stated.has(n), `${n} in ${citations(f).map((c) => c.source.title).join(" and ")}`).toBe(true);
    for (const d of dates) expect(squash(raw).toLowerCase()).toContain(formatPartialDate(d).toLowerCase());
  });
});

describe("citation titles", () => {
  const sources = [...new Map(ALL.flatMap(citations).map(({ source }) => [source.title, source])).values()];

  it.each(sources.map((s) => [s.title, s] as const))("%s: the document's own name, then the section (which one, where its heading is used twice)", (_, source) => {
    expect(source.title).toBe(expectedCitationTitle(source));
    // A position only where the seed uses the heading more than once.
    const same = headingsOf(source.document!).filter((h) => h.text === source.section);
    if (same.length === 1) expect(source.occurrence).toBeUndefined();
    else expect(source.occurrence).toBeGreaterThanOrEqual(1);
  });

  it.each(SOURCE_DOCUMENTS.map((d) => [d.id, d] as const))("%s: its title is the document's, not one of its headings repeated", (id, doc) => {
    expect(doc.citeAs).toContain(doc.title);
    for (const h of headingsOf(id)) {
      if (h.text === doc.title && h.line === headingsOf(id)[0]!.line && doc.kind === "design-history-post") continue; // the post's own title
      expect(doc.title.toLowerCase(), `"${h.text}" is a heading of ${id}`).not.toContain(h.text.toLowerCase());
    }
  });
});

describe("facts whose wording joins two sections", () => {
  it("the NASENCo's successor 'in place since 1 September 2024' cites the section naming the successor too", () => {
    const successor = ALL.find((f) => f.code === "NASENCo" && (f.fact.value as { kind?: string }).kind === "successor-in-place-since")!;
    const cited = citations(successor).map(({ source }) => citedText(source));
    // The date is seed 002's "SENCO NPQ", which does not mention the NASENCo; the succession is elsewhere.
    expect(cited.some((t) => t.includes("1 September 2024"))).toBe(true);
    expect(cited.some((t) => /NASENCo[^.]*replaced/i.test(t)), "a cited section says the NASENCo is replaced").toBe(true);
  });

  it("assessment entry (90% to be entered, two attempts) cites both parts of the handbook's 'Expectations'", () => {
    const entries = ALL.filter((f) => (f.fact.value as { kind?: string }).kind === "assessment-entry");
    expect(entries.length).toBeGreaterThan(0);
    for (const f of entries) {
      const cited = citations(f).map(({ source }) => squash(citedText(source)));
      expect(cited.some((t) => t.includes("minimum of 90%")), label(f)).toBe(true);
      expect(cited.some((t) => t.includes("(you have 2)")), label(f)).toBe(true);
    }
  });
});

describe("the seed-section reader the citation tests rely on", () => {
  it("rejects the contents-page wording of seed 003 ('Core inputs and timings' is not a heading)", () => {
    expect(() => sectionText("seed-003", "Core inputs and timings")).toThrow(/not a section heading/);
  });

  it("rejects a heading seed 002 uses twice unless the citation says which ('Early headship coaching offer')", () => {
    expect(() => sectionText("seed-002", "Early headship coaching offer")).toThrow(/2 sections headed/);
    expect(sectionText("seed-002", "Early headship coaching offer", 1)).toContain("must meet all the following criteria");
    expect(sectionText("seed-002", "Early headship coaching offer", 2)).toContain("funding to cover the course fees");
    expect(sectionText("seed-002", "Early headship coaching offer", 1)).not.toContain("funding to cover the course fees");
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
