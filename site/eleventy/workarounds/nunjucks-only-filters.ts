// Workaround "nunjucks-only-filters" (switches.ts). Every template here is Nunjucks, and a universal
// filter (addFilter) is also one of Eleventy's "JavaScript functions", which Eleventy copies into a
// new object each time it calls a permalink or computed-data function: four or five times per post
// per build. Past about 16 functions the copy leaves V8's fast path (0.3 to 10 microseconds a copy),
// and the site's filters beside Eleventy's own 15 made it 46 ms of every rebuild under `npm start`.
// So the site's filters are Nunjucks filters.
import { workaroundOn } from "./switches.ts";

type Filter = (this: any, ...args: any[]) => unknown;

/** Add one of the site's filters: a Nunjucks filter, or (with this workaround off) a universal one. */
export function addSiteFilter(eleventyConfig: any, name: string, filter: Filter): void {
  if (workaroundOn("nunjucks-only-filters")) eleventyConfig.addNunjucksFilter(name, filter);
  else eleventyConfig.addFilter(name, filter);
}
