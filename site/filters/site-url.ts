import { addSiteFilter } from "../eleventy/workarounds/nunjucks-only-filters.ts";

/**
 * `siteUrl(base)`: a path on this site ("/tags/") as a full URL, SITE_URL then PATH_PREFIX: Eleventy's
 * htmlBaseUrl with the site's URL as base, remembered per path and base. htmlBaseUrl parses URLs and
 * throws and catches an error for every path, about 20 microseconds a call; the sitemap and every
 * page's sharing tags call it 3,000 times a build, and under `npm start` the sitemap is rebuilt on
 * every save. Paths not starting with "/" depend on the page and are not remembered.
 *
 * Not named `absoluteUrl`: the RSS plugin registers a filter of that name (new URL(url, base), no
 * PATH_PREFIX), and whichever plugin is added last silently wins.
 */
export function addSiteUrlFilter(eleventyConfig: any): void {
  const remembered = new Map<string, string>();
  addSiteFilter(eleventyConfig, "siteUrl", function (this: unknown, url: string, base: string) {
    const htmlBaseUrl = () => eleventyConfig.getFilter("htmlBaseUrl").call(this, url, base) as string;
    if (typeof url !== "string" || !url.startsWith("/")) return htmlBaseUrl();
    const key = `${base}\u0000${url}`;
    let absolute = remembered.get(key);
    if (absolute === undefined) remembered.set(key, (absolute = htmlBaseUrl()));
    return absolute;
  });
}
