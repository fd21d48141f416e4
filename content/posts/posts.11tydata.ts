// Every post gets the post layout and is published at its path in the posts folder without the date
// and ".md" (site/posts/posts-folder.ts): content/posts/2021-09-10-aso.md at /aso/, and
// content/posts/<service>/2021-09-10-aso.md at /<service>/aso/, the address DfE design histories
// give it. A post's own `permalink` wins. Posts go to the Markdown library alone, which renders their
// Nunjucks itself so that a failing post is reported and the build goes on (site/posts/post-renderer.ts).

import { workaroundOn } from "../../site/eleventy/workarounds/switches.ts";

export default {
  layout: "layouts/post.njk",
  isPost: true,
  // Eleventy's Nunjucks pass is skipped: the posts' library renders it (posts-own-nunjucks).
  ...(workaroundOn("posts-own-nunjucks") ? { templateEngineOverride: "md" } : {}),
  // A function, not the string "/{{ page.fileSlug }}/": Eleventy compiles a permalink string as a
  // Nunjucks template for every post, which cost about 0.4 ms a post (0.4 s of a 1,000-post build).
  // The rule of DfE histories' posts.json ({{ page.filePathStem | replace('posts/', '') }}/), whose
  // filePathStem drops the date as site/posts/posts-folder.ts does.
  permalink: (data: { page: { filePathStem: string } }) => `${data.page.filePathStem.replace("posts/", "")}/`,
};
