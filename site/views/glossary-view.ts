// The glossary page (/glossary/) as a view model: every term of catalogue/glossary.ts by name, with
// the other ways pages write it and its sources.
import type { Source } from "../../rules/sources.ts";

export const GLOSSARY_URL = "/glossary/";

export interface GlossaryView {
  terms: { id: string; term: string; also: string[]; definition: string; sources: Source[] }[];
}

export async function glossaryView(): Promise<GlossaryView> {
  const { glossaryByTerm } = await import("../../catalogue/glossary.ts");
  return {
    terms: glossaryByTerm().map((t) => ({
      id: t.id,
      term: t.term,
      // Other spellings a reader meets, leaving out those the heading already shows.
      also: t.forms.filter((f) => !t.term.toLowerCase().includes(f.toLowerCase())),
      definition: t.definition,
      sources: t.sources.map((s) => s.source),
    })),
  };
}
