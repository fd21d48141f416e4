// The glossary: every term defined in plain English with its sources, and what a seed source is
// quoted as saying is in the section it cites (as for the catalogue's facts, citations.test.ts).
import { describe, expect, it } from "vitest";
import { GLOSSARY, glossaryByTerm } from "../../catalogue/index.ts";
import { citedText, squash } from "./seed-text.ts";

describe("the glossary", () => {
  it("defines the terms of art the issue names, and more", () => {
    const forms = GLOSSARY.flatMap((t) => t.forms);
    for (const term of ["PP50", "RISE", "lead mentor", "EHCO", "ASO", "NASENCo", "cohort", "establishment type", "ITT", "state-funded", "SENCO", "NPQ"]) expect(forms, term).toContain(term);
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(20);
  });

  it("gives each entry its own anchor and each way of writing a term to one entry", () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    const entryOf = new Map<string, string>();
    for (const t of GLOSSARY) {
      for (const f of t.forms) {
        const owner = entryOf.get(f.toLowerCase());
        expect(owner === undefined || owner === t.id, `"${f}" is a form of ${owner} and ${t.id}`).toBe(true);
        entryOf.set(f.toLowerCase(), t.id);
      }
      expect(new Set(t.forms).size, t.id).toBe(t.forms.length);
    }
  });

  it.each(GLOSSARY.map((t) => [t.term, t] as const))("defines %s in a few plain sentences", (_term, t) => {
    expect(t.definition).toMatch(/^[A-Z0-9].*\.$/s);
    expect(t.definition.split(/\s+/).length).toBeLessThanOrEqual(80);
    // Words, not codes: no snake_case or kebab-case id in a definition.
    expect(t.definition).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b|\bnpq-[a-z-]+\b/);
  });

  it.each(GLOSSARY.flatMap((t) => t.sources.map((s, i) => [`${t.term} (source ${i + 1})`, s] as const)))("%s: a seed is quoted from the section it cites; the service is cited at a commit", (_label, s) => {
    if (s.source.document) {
      expect(s.evidence, "a seed source needs the phrase it rests on").toBeTruthy();
      expect(s.evidence!.split(/\s+/).length).toBeLessThanOrEqual(15);
      expect(squash(citedText(s.source))).toContain(squash(s.evidence!));
    } else {
      expect(s.source.href).toMatch(/^https:\/\/github\.com\/DFE-Digital\/npq-registration\/blob\/[0-9a-f]{40}\//);
    }
  });

  it("is printed by term, as a reader looks one up", () => {
    const terms = glossaryByTerm().map((t) => t.term.toLowerCase());
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
  });
});
