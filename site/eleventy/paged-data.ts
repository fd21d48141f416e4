// Data for a template paginated over view-model items (one page per rule set, course table,
// qualification or tag): its permalink and computed fields as functions of the page's item.
//
// Functions, not Nunjucks strings in front matter ("{{ t.url }}"): Eleventy compiles and renders a
// front matter string once per page, and under `npm start` it recomputes every page's data on every
// save, so 73 pages' strings cost about 0.1 s of each edit to a post.
import { readsNoCollection } from "./workarounds/reads-no-collection.ts";

type Data = Record<string, unknown>;

export interface PagedData {
  permalink: (data: Data) => string | undefined;
  eleventyComputed: Record<string, (data: Data) => string | undefined>;
  eleventyImport?: { collections: string[] };
}

// Pages made from global data alone (the rules and the catalogue) say so
// (site/eleventy/workarounds/reads-no-collection.ts says why).
// The pages that list posts (home, sitemap page and sitemap.xml, feed, tags index) do the opposite in
// their front matter: they import `tagList`, a collection made from every post, so that under
// `npm start` each save to a post rebuilds them too. Importing nothing, they were never rebuilt.

/**
 * `alias` is the template's `pagination.alias`; `fromGlobalData` is true when the items come from
 * global data rather than a collection. Before pagination has chosen a page's item (Eleventy
 * may ask once for the template as a whole), every field is undefined.
 */
export function pagedData<Item>(
  alias: string,
  url: (item: Item) => string,
  computed: Record<string, (item: Item) => string>,
  { fromGlobalData }: { fromGlobalData: boolean },
): PagedData {
  const itemOf = (data: Data) => data[alias] as Item | undefined;
  const field = (f: (item: Item) => string) => (data: Data) => {
    const item = itemOf(data);
    return item === undefined ? undefined : f(item);
  };
  return {
    permalink: field(url),
    eleventyComputed: Object.fromEntries(Object.entries(computed).map(([key, f]) => [key, field(f)])),
    ...(fromGlobalData ? readsNoCollection() : {}),
  };
}
