// Pages paginated over view-model items get their permalink and computed fields from functions of
// the item; pages made from global data alone declare that they read no collection.
import { describe, expect, it } from "vitest";
import { pagedData } from "../../../site/eleventy/paged-data.ts";

describe("pagedData", () => {
  const data = pagedData<{ slug: string; name: string }>("q", (q) => `/npqs/${q.slug}/`, { title: (q) => `${q.name} (NPQH)` }, { fromGlobalData: true });

  it("gives each page its URL and fields from its item", () => {
    const page = { q: { slug: "npqh", name: "Headship" } };
    expect(data.permalink(page)).toBe("/npqs/npqh/");
    expect(data.eleventyComputed.title!(page)).toBe("Headship (NPQH)");
  });

  it("gives nothing before pagination has chosen an item", () => {
    expect(data.permalink({})).toBeUndefined();
    expect(data.eleventyComputed.title!({})).toBeUndefined();
  });

  it("imports a collection no page publishes to only for pages made from global data", () => {
    expect(data.eleventyImport?.collections).toHaveLength(1);
    const tags = pagedData<{ url: string }>("tag", (t) => t.url, {}, { fromGlobalData: false });
    expect(tags.eleventyImport).toBeUndefined();
  });
});
