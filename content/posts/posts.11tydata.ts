// Every post gets the post layout and is published at /<slug>/, its file name without the date
// (Eleventy strips a YYYY-MM-DD- prefix from page.fileSlug).

/** Nunjucks syntax: an output {{ }}, a tag {% %} or a comment {# #}. */
const NUNJUCKS_SYNTAX = /\{[{%#]/;

export default {
  layout: "layouts/post.njk",
  // A function, not the string "/{{ page.fileSlug }}/": Eleventy compiles a permalink string as a
  // Nunjucks template for every post, which cost about 0.4 ms a post (0.4 s of a 1,000-post build).
  permalink: (data: { page: { fileSlug: string } }) => `/${data.page.fileSlug}/`,
  eleventyComputed: {
    // Markdown goes through Nunjucks first (markdownTemplateEngine), for the appScreenshots macro. A post
    // with no Nunjucks syntax would come out of Nunjucks unchanged, so it skips straight to Markdown:
    // Nunjucks' lexer on a long post cost about 0.5 ms a post.
    templateEngineOverride: (data: { page: { rawInput?: unknown } }) =>
      typeof data.page.rawInput === "string" && !NUNJUCKS_SYNTAX.test(data.page.rawInput) ? "md" : undefined,
  },
};
