// Eleventy plugin: posts. Validates every post's front matter before the build, and gives the
// templates the posts (`collections.all | posts`, newest first) and each post's neighbours.
import path from "node:path";

export interface PostsPluginOptions {
  /** Folder holding YYYY-MM-DD-slug.md posts, relative to the project root. */
  postsDir: string;
  /** Where to remember which posts passed validation (unchanged posts are not read again). */
  cacheDir?: string;
}

/**
 * The posts among a build's pages, newest first; posts on the same day keep a stable order by title.
 * Found by folder and extension, not with Eleventy's getFilteredByGlob: that compiles its glob again
 * for each of the site's pages, 20 ms of every build (and of every edit under `npm start`).
 */
export function postsNewestFirst(all: readonly any[], postsDir: string): any[] {
  const prefix = `./${path.posix.normalize(postsDir.replace(/^\.\//, "")).replace(/\/$/, "")}/`;
  return all
    .filter((item: any) => item.inputPath.startsWith(prefix) && item.inputPath.endsWith(".md"))
    .sort((a: any, b: any) => b.date - a.date || String(a.data.title).localeCompare(String(b.data.title)));
}

/** Nunjucks syntax: an output {{ }}, a tag {% %} or a comment {# #}. */
const NUNJUCKS_SYNTAX = /\{[{%#]/;

export default function postsPlugin(eleventyConfig: any, options: PostsPluginOptions) {
  // Markdown goes through Nunjucks first (markdownTemplateEngine), for the appScreenshots macro. A
  // Markdown page with no Nunjucks syntax would come out of Nunjucks unchanged, so it goes straight to
  // Markdown: Nunjucks' lexer on a long post cost about 0.5 ms a post. Decided in a preprocessor
  // (which sees the page's data and raw text as Eleventy reads the page), not in eleventyComputed:
  // any computed data puts every post through Eleventy's computed-data pass, which under `npm start`
  // is redone for all 1,000 posts on every save and was 0.19 s of each edit.
  eleventyConfig.addPreprocessor("markdown-without-nunjucks", "md", (data: Record<string, unknown>, content: unknown) => {
    if (data.templateEngineOverride === undefined && typeof content === "string" && !NUNJUCKS_SYNTAX.test(content)) data.templateEngineOverride = "md";
  });

  // Under `npm start`, Eleventy names the files that changed before each rebuild; once every post
  // has passed, a rebuild checks just those (see validatePosts).
  let changed: string[] | undefined;
  let allPassed = false;
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    changed = queue;
  });
  eleventyConfig.on("eleventy.before", async () => {
    // Imported here, not when the configuration loads: the validator (zod) is a tenth of a second
    // on the way to the first thumbnail encode (see screenshots-plugin.ts).
    const { validatePosts } = await import("../posts/validate-posts.ts");
    const only = allPassed ? changed : undefined;
    changed = undefined;
    allPassed = false;
    await validatePosts(options.postsDir, options.cacheDir && path.join(options.cacheDir, "validated-posts.json"), only);
    allPassed = true;
  });

  // The posts come from a filter over collections.all, worked out once per build, not from a
  // collection of their own: on every build Eleventy matches each item of each collection back to its
  // page with a linear search, and a 1,000-post collection beside `all` cost 25 ms of every rebuild
  // under `npm start`.
  const postsOfBuild = new WeakMap<readonly any[], any[]>();
  eleventyConfig.addNunjucksFilter("posts", (all: readonly any[]) => {
    let posts = postsOfBuild.get(all);
    if (!posts) postsOfBuild.set(all, (posts = postsNewestFirst(all, options.postsDir)));
    return posts;
  });

  /**
   * The previous (older) and next (newer) posts of a page, for the post layout's pagination.
   * Positions are indexed once per collection array (a new array each build), not searched per page:
   * a search per page is quadratic, a million comparisons for 1,000 posts.
   */
  const positions = new WeakMap<any[], Map<string, number>>();
  eleventyConfig.addNunjucksFilter("postNeighbours", (posts: any[], url: string) => {
    let byUrl = positions.get(posts);
    if (!byUrl) {
      byUrl = new Map();
      posts.forEach((p, i) => byUrl!.set(p.url, i));
      positions.set(posts, byUrl);
    }
    const index = byUrl.get(url) ?? -1;
    if (index === -1) return {};
    return { newer: posts[index - 1], older: posts[index + 1] };
  });
}

