// Every post gets the post layout and is published at /<slug>/, its file name without the date
// (Eleventy strips a YYYY-MM-DD- prefix from page.fileSlug). A post with no Nunjucks syntax skips
// Nunjucks (see lib/eleventy/posts-plugin.ts).

export default {
  layout: "layouts/post.njk",
  // A function, not the string "/{{ page.fileSlug }}/": Eleventy compiles a permalink string as a
  // Nunjucks template for every post, which cost about 0.4 ms a post (0.4 s of a 1,000-post build).
  permalink: (data: { page: { fileSlug: string } }) => `/${data.page.fileSlug}/`,
};
