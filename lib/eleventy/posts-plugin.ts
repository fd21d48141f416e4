// Eleventy plugin: posts. Validates every post's front matter before the build, and gives the
// templates the posts collection (newest first) and each post's neighbours.
import { validatePosts } from "../posts/validate-posts.ts";

export interface PostsPluginOptions {
  /** Folder holding YYYY-MM-DD-slug.md posts, relative to the project root. */
  postsDir: string;
}

export default function postsPlugin(eleventyConfig: any, options: PostsPluginOptions) {
  eleventyConfig.on("eleventy.before", async () => {
    await validatePosts(options.postsDir);
  });

  const glob = `${options.postsDir.replace(/\/$/, "")}/**/*.md`;
  // Newest first; posts on the same day keep a stable order by title.
  eleventyConfig.addCollection("posts", (api: any) =>
    api
      .getFilteredByGlob(glob)
      .sort((a: any, b: any) => b.date - a.date || String(a.data.title).localeCompare(String(b.data.title))),
  );

  /** The previous (older) and next (newer) posts of a page, for the post layout's pagination. */
  eleventyConfig.addFilter("postNeighbours", (posts: any[], url: string) => {
    const index = posts.findIndex((p) => p.url === url);
    if (index === -1) return {};
    return { newer: posts[index - 1], older: posts[index + 1] };
  });
}

