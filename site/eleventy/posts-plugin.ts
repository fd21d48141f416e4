// Eleventy plugin: posts. Reads every post's front matter through Eleventy's own YAML engine and
// checks it as it is read (site/posts/post-front-matter.ts): a bad post is reported with its file and
// field or line, left out, and the build goes on so that one run lists every problem. Gives the
// templates the posts (`collections.all | posts`, newest first) and each post's neighbours.
import path from "node:path";
import type { BuildContext } from "../build/build-context.ts";
import { ImportedFolders } from "../posts/imported-folders.ts";
import { readPostFrontMatter } from "../posts/post-front-matter.ts";
import { isPostsFile, postUrlOf } from "../posts/posts-folder.ts";
import { serviceKeyOf, servicePages, servicesOf } from "../posts/services.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";
import { movePostTags } from "./workarounds/post-tags.ts";

export interface PostsPluginOptions {
  /** Folder holding the posts (YYYY-MM-DD-slug.md, at any depth), relative to the project root. */
  postsDir: string;
  build: BuildContext;
}

/**
 * The posts among a build's pages, newest first; posts on the same day keep a stable order by title.
 * Found by folder and extension, not with Eleventy's getFilteredByGlob: that compiles its glob again
 * for each of the site's pages, 20 ms of every build (and of every edit under `npm start`).
 */
export function postsNewestFirst(all: readonly any[], postsDir: string): any[] {
  const prefix = `./${path.posix.normalize(postsDir.replace(/^\.\//, "")).replace(/\/$/, "")}/`;
  return all
    .filter((item: any) => item.inputPath.startsWith(prefix) && item.inputPath.endsWith(".md") && item.url)
    .sort((a: any, b: any) => b.date - a.date || String(a.data.title).localeCompare(String(b.data.title)));
}

type ParseYaml = (text: string, options?: { filePath?: string }) => unknown;

export default function postsPlugin(eleventyConfig: any, options: PostsPluginOptions) {
  const { build, postsDir } = options;
  // DfE histories name the post layout `post` (or `page`) in front matter; here both are the post layout.
  eleventyConfig.addLayoutAlias("post", "layouts/post.njk");
  eleventyConfig.addLayoutAlias("page", "layouts/post.njk");

  const parseYaml: ParseYaml | undefined = eleventyConfig.frontMatterParsingOptions?.engines?.yaml;
  if (typeof parseYaml !== "function") {
    throw new Error("posts plugin: Eleventy's YAML front-matter parser was not found (frontMatterParsingOptions.engines.yaml); has Eleventy changed how it parses front matter?");
  }
  // Which file has which address, to name both files of a clash; kept across rebuilds under
  // `npm start`, where only changed files are read again.
  const addresses = new Map<string, string>();
  let importedFolders = new ImportedFolders(postsDir);
  eleventyConfig.on("eleventy.before", () => {
    importedFolders = new ImportedFolders(postsDir);
  });
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {
      yaml: (text: string, parseOptions?: { filePath?: string }) => {
        const filePath = parseOptions?.filePath;
        if (!filePath || !isPostsFile(postsDir, filePath)) return parseYaml(text, parseOptions);
        const file = path.relative(process.cwd(), path.resolve(filePath));
        const result = readPostFrontMatter(text, (yaml) => parseYaml(yaml, parseOptions), { file, unknownKeysAreWarnings: importedFolders.has(file) });
        for (const problem of result.errors) build.problems.error(problem);
        for (const problem of result.warnings) build.problems.warn(problem);
        let data = result.data as Record<string, unknown>;
        if (!result.errors.length && data && typeof data === "object") {
          const url = typeof data.permalink === "string" ? data.permalink : data.permalink === false ? undefined : postUrlOf(file, postsDir);
          for (const [known, owner] of addresses) if (owner === file) addresses.delete(known);
          const owner = url && addresses.get(url);
          if (url && owner && owner !== file) {
            build.problems.error({ file, where: "address", message: `it would be published at ${url}, as ${owner} is; rename one of the files or give one a permalink` });
            return { permalink: false, eleventyExcludeFromCollections: true, title: data.title };
          }
          if (url) addresses.set(url, file);
          data = movePostTags(data); // site/eleventy/workarounds/post-tags.ts
        }
        return data;
      },
    },
  });

  // A post with no front matter (or an empty one) never reaches the YAML engine above, so nothing
  // checked it: it would be published with no title. Every post that was checked has a title or is
  // left out; any other is reported here and left out too.
  eleventyConfig.addPreprocessor("posts-without-front-matter", "md", function (this: { inputPath: string }, data: Record<string, unknown>) {
    if (data.leftOut || typeof data.title === "string" || !isPostsFile(postsDir, this.inputPath)) return undefined;
    const file = path.relative(process.cwd(), path.resolve(this.inputPath));
    build.problems.error({ file, where: 'field "title"', message: "got nothing: the post has no front matter; expected it to start with a line ---, then title: and date: lines, then ---" });
    return false;
  });

  // The posts come from a filter over collections.all, worked out once per build, not from a
  // collection of their own: on every build Eleventy matches each item of each collection back to its
  // page with a linear search, and a 1,000-post collection beside `all` cost 25 ms of every rebuild
  // under `npm start`.
  const postsOfBuild = new WeakMap<readonly any[], any[]>();
  addSiteFilter(eleventyConfig, "posts", (all: readonly any[]) => {
    let posts = postsOfBuild.get(all);
    if (!posts) postsOfBuild.set(all, (posts = postsNewestFirst(all, postsDir)));
    return posts;
  });

  /**
   * The previous (older) and next (newer) posts of a page in its service (or among the posts in no
   * service), for the post layout's pagination. Positions are indexed once per collection array (a
   * new array each build), not searched per page: a search per page is quadratic, a million
   * comparisons for 1,000 posts.
   */
  const positions = new WeakMap<any[], Map<string, { list: any[]; index: number }>>();
  addSiteFilter(eleventyConfig, "postNeighbours", (posts: any[], url: string) => {
    let byUrl = positions.get(posts);
    if (!byUrl) {
      byUrl = new Map();
      const lists = new Map<string, any[]>();
      for (const post of posts) {
        const key = serviceKeyOf(post.inputPath, postsDir) ?? "";
        let list = lists.get(key);
        if (!list) lists.set(key, (list = []));
        byUrl.set(post.url, { list, index: list.length });
        list.push(post);
      }
      positions.set(posts, byUrl);
    }
    const at = byUrl.get(url);
    if (!at) return {};
    return { newer: at.list[at.index - 1], older: at.list[at.index + 1] };
  });

  // Each service's listing (site/posts/services.ts): the services, and their pages of 50 posts.
  eleventyConfig.addCollection("serviceList", (api: any) => servicesOf(postsNewestFirst(api.getAllSorted(), postsDir), postsDir));
  eleventyConfig.addCollection("servicePages", (api: any) => servicePages(servicesOf(postsNewestFirst(api.getAllSorted(), postsDir), postsDir)));
  /** The posts (newest first) that are in no service's folder, for the home page. */
  addSiteFilter(eleventyConfig, "postsInNoService", (posts: readonly any[]) => posts.filter((post) => !serviceKeyOf(post.inputPath, postsDir)));
  /** A post's service (title and address), from its input path, for its caption and breadcrumbs. */
  addSiteFilter(eleventyConfig, "serviceOf", (inputPath: string, services: readonly { key: string }[]) => {
    const key = inputPath && serviceKeyOf(inputPath, postsDir);
    return key ? services.find((service) => service.key === key) : undefined;
  });
}
