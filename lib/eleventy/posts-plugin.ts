// Eleventy plugin: posts. Validates every post's front matter before the build, and gives the
// templates the posts collection (newest first) and each post's neighbours.
import path from "node:path";

export interface PostsPluginOptions {
  /** Folder holding YYYY-MM-DD-slug.md posts, relative to the project root. */
  postsDir: string;
  /** Where to remember which posts passed validation (unchanged posts are not read again). */
  cacheDir?: string;
}

export default function postsPlugin(eleventyConfig: any, options: PostsPluginOptions) {
  eleventyConfig.on("eleventy.before", async () => {
    // Imported here, not when the configuration loads: the validator (zod) is a tenth of a second
    // on the way to the first thumbnail encode (see screenshots-plugin.ts).
    const { validatePosts } = await import("../posts/validate-posts.ts");
    await validatePosts(options.postsDir, options.cacheDir && path.join(options.cacheDir, "validated-posts.json"));
  });

  const glob = `${options.postsDir.replace(/\/$/, "")}/**/*.md`;
  // Newest first; posts on the same day keep a stable order by title.
  eleventyConfig.addCollection("posts", (api: any) =>
    api
      .getFilteredByGlob(glob)
      .sort((a: any, b: any) => b.date - a.date || String(a.data.title).localeCompare(String(b.data.title))),
  );

  /**
   * The previous (older) and next (newer) posts of a page, for the post layout's pagination.
   * Positions are indexed once per collection array (a new array each build), not searched per page:
   * a search per page is quadratic, a million comparisons for 1,000 posts.
   */
  const positions = new WeakMap<any[], Map<string, number>>();
  eleventyConfig.addFilter("postNeighbours", (posts: any[], url: string) => {
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

