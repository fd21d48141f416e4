// Course sequences match seed 003's "The sequence" title by title, and every field the seeds are
// silent on is marked not stated (and only those).
import { describe, expect, it } from "vitest";
import { FACT_FIELDS, QUALIFICATIONS, describeField, describeLength, NOT_STATED, factsOf, qualificationBySlug } from "../../catalogue/index.ts";
import { headingsOf, sectionText, seedText, squash } from "./seed-text.ts";

/** The part of "The sequence" under one NPQ's heading, up to the next NPQ's heading. */
function sequenceBlock(code: string): string | undefined {
  const lines = seedText("seed-003").split("\n");
  const all = headingsOf("seed-003");
  const start = all.findIndex((h) => h.text === code);
  if (start < 0) return undefined;
  const end = all.slice(start + 1).find((h) => /^NPQ/.test(h.text) || h.level === 1);
  return lines.slice((all[start]?.line ?? 0) + 1, end?.line ?? lines.length).join("\n");
}

const WITH_SEQUENCE = ["NPQEYL", "NPQSENCO", "NPQLBC", "NPQLT", "NPQLTD", "NPQLL", "NPQLPM"];

describe("course sequences (seed 003, 'The sequence')", () => {
  it.each(WITH_SEQUENCE)("%s: titles and strands as the handbook lists them, in order", (code) => {
    const q = QUALIFICATIONS.find((x) => x.code === code);
    const [sequence, ...more] = factsOf(q?.courseSequence ?? { stated: false });
    expect(more).toEqual([]);
    expect(sequence?.source).toMatchObject({ document: "seed-003", section: "The sequence" });
    const block = sequenceBlock(code);
    expect(block, `a "${code}" heading in the sequence`).toBeDefined();
    // Numbered items in the handbook: "1. Implementation", under "### Strand" headings where there are any.
    const listed: { position: number; title: string; strand?: string }[] = [];
    let strand: string | undefined;
    for (const line of (block as string).split("\n")) {
      const h = /^###\s+(.+)$/.exec(line);
      if (h?.[1]) strand = h[1].replace(/\*\*/g, "").trim();
      const item = /^(\d+)\.\s+(.+)$/.exec(line.trim());
      if (item?.[1] && item[2]) listed.push(strand ? { position: Number(item[1]), title: item[2].trim(), strand } : { position: Number(item[1]), title: item[2].trim() });
    }
    expect(sequence?.value).toEqual(listed);
    expect(listed.length).toBe(code === "NPQEYL" || code === "NPQSENCO" ? 9 : 6);
  });

  it("has no sequence for NPQSL, NPQH or NPQEL, because the handbook lists none", () => {
    for (const code of ["NPQSL", "NPQH", "NPQEL"]) {
      expect(sequenceBlock(code)).toBeUndefined();
      expect(QUALIFICATIONS.find((x) => x.code === code)?.courseSequence).toEqual({ stated: false });
    }
    expect(squash(sectionText("seed-003", "The sequence"))).not.toMatch(/NPQ(SL|H|EL)\b/);
  });
});

/** Every field the seeds say nothing about, by qualification. Anything else must be stated. */
const NOT_STATED_FIELDS: Record<string, readonly string[]> = {
  NPQSL: ["courseSequence", "providerFigures", "status"],
  NPQH: ["courseSequence"],
  NPQEL: ["courseSequence", "providerFigures", "status"],
  NPQEYL: ["providerFigures", "status"],
  NPQSENCO: ["providerFigures"],
  NPQLTD: ["providerFigures", "status"],
  NPQLT: ["providerFigures", "status"],
  NPQLBC: ["providerFigures", "status"],
  NPQLL: ["providerFigures", "status"],
  NPQLPM: ["providerFigures", "status"],
  EHCO: ["courseSequence", "providerFigures"],
  ASO: ["length", "components", "courseSequence", "providerFigures"],
  NASENCo: ["courseSequence", "providerFigures"],
};

describe("fields the sources are silent on", () => {
  it.each(Object.entries(NOT_STATED_FIELDS))("%s: exactly these are marked not stated: %j", (code, expected) => {
    const q = QUALIFICATIONS.find((x) => x.code === code);
    expect(q).toBeDefined();
    const notStated = FACT_FIELDS.filter((f) => !Array.isArray(q?.[f]));
    expect(notStated).toEqual(expected);
  });

  it("render as 'not stated in the sources', and stated fields render with their citation", () => {
    const aso = qualificationBySlug("aso");
    const nasenco = qualificationBySlug("nasenco");
    expect(aso && describeField(aso.length, describeLength)).toBe(NOT_STATED);
    expect(nasenco && describeField(nasenco.length, describeLength)).toEqual([
      { text: "usually up to 1 year", citation: "The NASENCo and the NPQH: a summary of published descriptions (publisher not named), 'Key Aspects of NASENCo'" },
    ]);
  });
});
