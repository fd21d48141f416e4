// The catalogue on the site: all 13 qualifications, grouped, each fact shown with its source, and
// "not stated in the sources" wherever the sources are silent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, isStated, NOT_STATED, QUALIFICATIONS, type Field } from "../../catalogue/index.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

describe("the catalogue pages", () => {
  it("list all 13 qualifications on /npqs/, grouped, with their codes", () => {
    const page = site.page("/npqs/");
    const captions = page.querySelectorAll("caption").map((c) => c.text.trim());
    expect(captions).toHaveLength(4);
    const rows = page.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(13);
    const codes = rows.map((r) => r.querySelectorAll("td")[0]!.text.trim());
    expect(codes.sort()).toEqual(QUALIFICATIONS.map((q) => q.code).sort());
    for (const q of QUALIFICATIONS) expect(page.querySelector(`a[href="/npqs/${q.slug}/"]`), q.code).not.toBeNull();
  });

  it.each(QUALIFICATIONS.map((q) => [q.code, q] as const))("show every fact of %s with a cited source", (_code, q) => {
    const page = site.page(`/npqs/${q.slug}/`);
    expect(page.querySelector("h1")!.text).toBe(`${q.name} (${q.code})`);
    const facts = page.querySelectorAll(".app-fact");
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      const citation = fact.querySelector(".app-citation");
      expect(citation?.text, fact.text).toMatch(/^Source: \S/);
    }
    const fields: Field<unknown>[] = [q.summary, q.audience, q.length, q.components, q.courseSequence, q.providerFigures, q.status];
    const silent = fields.filter((f) => !isStated(f)).length;
    expect(page.querySelectorAll(".app-not-stated").map((p) => p.text)).toEqual(Array(silent).fill(`${NOT_STATED.charAt(0).toUpperCase()}${NOT_STATED.slice(1)}.`));
    const factCount = fields.filter((f) => f !== q.courseSequence).reduce((n, f) => n + factsOf(f).length, 0);
    expect(facts).toHaveLength(factCount);
  });
});
