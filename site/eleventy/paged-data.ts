// Data for a template paginated over view-model items (one page per rule set, course table,
// qualification or tag): its permalink and computed fields as functions of the page's item.
//
// Functions, not Nunjucks strings in front matter ("{{ t.url }}"): Eleventy compiles and renders a
// front matter string once per page, and under `npm start` it recomputes every page's data on every
// save, so 73 pages' strings cost about 0.1 s of each edit to a post.
type Data = Record<string, unknown>;

export interface PagedData {
  permalink: (data: Data) => string | undefined;
  eleventyComputed: Record<string, (data: Data) => string | undefined>;
  eleventyImport?: { collections: string[] };
}

/**
 * Pages made from global data alone (the rules and the catalogue) say so by importing a collection
 * that no page publishes to. Eleventy's dependency graph files every template that imports nothing
 * under one group, "[basic]", and every template that reads a collection depends on that whole group.
 * Under `npm start`, saving a post re-renders the tag pages (they read the posts), and Eleventy then
 * renders again, without writing, every paginated template in the group they depend on: the 68 rules
 * and catalogue pages, a quarter of a second of every edit. The import takes them out of the group
 * and changes nothing else: they read no collection, so no collection change should re-render them.
 */
const READS_NO_COLLECTION = "pages-from-global-data";
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
    ...(fromGlobalData ? { eleventyImport: { collections: [READS_NO_COLLECTION] } } : {}),
  };
}
