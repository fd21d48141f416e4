// Eleventy plugin: the site's general filters (site/filters/, one to a file), registered as Nunjucks
// filters (site/eleventy/workarounds/nunjucks-only-filters.ts says why).
import type { Markdown } from "../markdown/markdown-type.ts";
import type { PostMarkdown } from "../markdown/post-markdown.ts";
import { addSiteUrlFilter, addFeedContentFilter, asList, breakable, codeNames, govukDate, isoDate, markdownFilter, markdownInlineFilter, newest, plural, postMarkdownFilter } from "../filters/index.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

export interface FiltersPluginOptions {
  /** The site's own text (rules, catalogue). */
  markdown: Markdown;
  /** Posts' Markdown, in the style of the history each comes from (site/markdown/post-markdown.ts). */
  postMarkdown: PostMarkdown;
}

export default function filtersPlugin(eleventyConfig: any, { markdown, postMarkdown }: FiltersPluginOptions) {
  addSiteFilter(eleventyConfig, "govukDate", govukDate);
  addSiteFilter(eleventyConfig, "isoDate", isoDate);
  addSiteFilter(eleventyConfig, "markdown", markdownFilter(markdown, postMarkdown));
  addSiteFilter(eleventyConfig, "postMarkdown", postMarkdownFilter(postMarkdown));
  addSiteFilter(eleventyConfig, "markdownInline", markdownInlineFilter(markdown));
  addSiteFilter(eleventyConfig, "newest", newest);
  addSiteFilter(eleventyConfig, "asList", asList);
  addSiteFilter(eleventyConfig, "plural", plural);
  addSiteFilter(eleventyConfig, "breakable", breakable);
  addSiteFilter(eleventyConfig, "codeNames", codeNames);
  addFeedContentFilter(eleventyConfig);
  addSiteUrlFilter(eleventyConfig);
}
