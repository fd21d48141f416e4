// Filters the templates use to format what the build computed. One plugin, one concern. They are
// Nunjucks filters, not universal ones (site/eleventy/workarounds/nunjucks-only-filters.ts says why);
// `feedContent` is an asynchronous Nunjucks filter, which has no universal form to fall back to.
import nunjucks from "nunjucks";
import { formatDate } from "../../rules/dates.ts";
import type { Markdown } from "../markdown/markdown-type.ts";
import type { PostMarkdown } from "../markdown/post-markdown.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

/** "10 September 2021" (rules/dates.ts: the one way the project writes a date). */
export const govukDate = formatDate;

export function isoDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`isoDate: expected a date, got ${JSON.stringify(value)}`);
  return date.toISOString().slice(0, 10);
}

export interface FiltersPluginOptions {
  /** The site's own text (rules, catalogue). */
  markdown: Markdown;
  /** Posts' Markdown, in the style of the history each comes from (site/markdown/post-markdown.ts). */
  postMarkdown: PostMarkdown;
}

export default function filtersPlugin(eleventyConfig: any, { markdown, postMarkdown }: FiltersPluginOptions) {
  addSiteFilter(eleventyConfig, "govukDate", govukDate);
  addSiteFilter(eleventyConfig, "isoDate", isoDate);
  // `text | markdown` and `text | markdown("inline")`, as DfE design histories call it in posts (there
  // in the post's own Markdown; elsewhere the site's).
  addSiteFilter(eleventyConfig, "markdown", function (this: any, text: unknown, mode?: string) {
    const source = text == null ? "" : String(text);
    const data = this?.ctx;
    const html = data?.isPost
      ? mode === "inline" ? postMarkdown.renderInline(source, data) : postMarkdown.render(source, data)
      : mode === "inline" ? markdown.renderInline(source) : markdown.render(source);
    // HTML the site made: safe to print as it is, as GOV.UK Eleventy histories (autoescape off) print it.
    return new nunjucks.runtime.SafeString(html);
  });
  // `text | postMarkdown`: the Markdown of posts, for components DfE histories call from posts (appEmail,
  // appUserNeed...), which they often import without context: then in this site's own post style.
  addSiteFilter(eleventyConfig, "postMarkdown", function (this: any, text: unknown) {
    const data = this?.ctx?.page ? this.ctx : undefined;
    return new nunjucks.runtime.SafeString(postMarkdown.render(text == null ? "" : String(text), data));
  });
  addSiteFilter(eleventyConfig, "markdownInline", (text: string) => markdown.renderInline(String(text ?? "")));
  /** The first `count` items of a list that is newest first (collections.all | posts): `posts | newest(50)`. */
  addSiteFilter(eleventyConfig, "newest", (items: unknown[], count: number) => {
    if (!Number.isInteger(count) || count < 1) throw new Error(`newest: expected a whole number of items, got ${JSON.stringify(count)}`);
    return items.slice(0, count);
  });
  /** Front matter `screenshots:` may be one gallery or a list of them. */
  addSiteFilter(eleventyConfig, "asList", (value: unknown) => (value == null ? [] : Array.isArray(value) ? value : [value]));
}

/**
 * `feedContent`: a post's rendered body with every URL made absolute, for the Atom feed (Eleventy's
 * renderTransforms, with the site's URL as base). Remembered per post while its body and the base
 * are unchanged: under `npm start` the feed is rebuilt on every save (it lists the newest posts), and
 * parsing and rewriting 50 bodies again was about 40 ms of each save.
 */
export function feedContentPlugin(eleventyConfig: any) {
  const remembered = new Map<string, { content: string; base: string; html: string }>();
  eleventyConfig.addNunjucksAsyncFilter(
    "feedContent",
    function (this: unknown, content: string, page: { inputPath: string }, base: string, done: (error: unknown, html?: string) => void) {
      const known = remembered.get(page.inputPath);
      if (known && known.content === content && known.base === base) return done(null, known.html);
      const renderTransforms = eleventyConfig.getFilter("renderTransforms");
      Promise.resolve(renderTransforms.call(this, content, page, base)).then(
        (html: string) => {
          remembered.set(page.inputPath, { content, base, html });
          done(null, html);
        },
        (error: unknown) => done(error),
      );
    },
  );
}

/**
 * `absoluteUrl(base)`: a path on this site ("/tags/") as a full URL, SITE_URL then PATH_PREFIX: Eleventy's
 * htmlBaseUrl with the site's URL as base, remembered per path and base. htmlBaseUrl parses URLs and
 * throws and catches an error for every path, about 20 microseconds a call; the sitemap and every
 * page's sharing tags call it 3,000 times a build, and under `npm start` the sitemap is rebuilt on
 * every save. Paths not starting with "/" depend on the page and are not remembered.
 */
export function absoluteUrlPlugin(eleventyConfig: any) {
  const remembered = new Map<string, string>();
  addSiteFilter(eleventyConfig, "absoluteUrl", function (this: unknown, url: string, base: string) {
    const htmlBaseUrl = () => eleventyConfig.getFilter("htmlBaseUrl").call(this, url, base) as string;
    if (typeof url !== "string" || !url.startsWith("/")) return htmlBaseUrl();
    const key = `${base}\u0000${url}`;
    let absolute = remembered.get(key);
    if (absolute === undefined) remembered.set(key, (absolute = htmlBaseUrl()));
    return absolute;
  });
}
