// Workaround "reads-no-collection" (switches.ts). Under --incremental, Eleventy files every template
// that imports nothing under one group, "[basic]", and every template that paginates a custom
// collection depends on that whole group: so saving a post re-renders the tag pages (they read the
// posts), and Eleventy then renders again, without writing, every template in the group: the 68
// rules and catalogue pages, a quarter of a second of every edit. Pages made from global data alone
// say so by importing a collection that no page publishes to, which takes them out of the group and
// changes nothing else: they read no collection, so no collection change should re-render them.
import { workaroundOn } from "./switches.ts";

export const READS_NO_COLLECTION = "pages-from-global-data";

/** The data that takes a page made from global data out of Eleventy's "[basic]" group. */
export function readsNoCollection(): { eleventyImport?: { collections: string[] } } {
  return workaroundOn("reads-no-collection") ? { eleventyImport: { collections: [READS_NO_COLLECTION] } } : {};
}
