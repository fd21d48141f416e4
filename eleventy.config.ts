// Wires the site together; each concern lives in its own plugin under site/eleventy/.
// Docs: https://www.11ty.dev/docs/config/
import { HtmlBasePlugin } from "@11ty/eleventy";
import markdownIt from "markdown-it";
import { statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import nunjucks from "nunjucks";
import assetsPlugin, { GOVUK_FRONTEND_DIST } from "./site/eleventy/assets-plugin.ts";
import cataloguePlugin from "./site/eleventy/catalogue-plugin.ts";
import filtersPlugin from "./site/eleventy/filters-plugin.ts";
import glossaryPlugin from "./site/eleventy/glossary-plugin.ts";
import govukClasses from "./site/markdown/govuk-classes.ts";
import postsPlugin from "./site/eleventy/posts-plugin.ts";
import rulesPlugin from "./site/eleventy/rules-plugin.ts";
import browserBundlesPlugin from "./site/eleventy/browser-bundles-plugin.ts";
import provenancePlugin from "./site/eleventy/provenance-plugin.ts";
import screenshotsPlugin from "./site/eleventy/screenshots-plugin.ts";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import linksPlugin from "./site/eleventy/links-plugin.ts";
import { memoizeTemplatePathNormalize } from "./site/eleventy/workarounds/path-memo.ts";
import { skipUnchangedFolderReads } from "./site/eleventy/workarounds/watcher-rereads.ts";
import { buildContextOf } from "./site/build/build-context.ts";
import { acquireOutputLock } from "./common/output-lock.ts";
import { postMarkdown } from "./site/markdown/post-markdown.ts";
import { postRenderer } from "./site/posts/post-renderer.ts";
import { SiteScreenshots } from "./site/screenshots/site-screenshots.ts";
import { POSTS_DIR } from "./site/posts/posts-folder.ts";
import searchPlugin from "./site/eleventy/search-plugin.ts";
import securityPlugin from "./site/eleventy/security-plugin.ts";
import shellPlugin from "./site/eleventy/shell-plugin.ts";
import sharingPlugin from "./site/eleventy/sharing-plugin.ts";
import sitemapPlugin from "./site/eleventy/sitemap-plugin.ts";
import tagsPlugin from "./site/eleventy/tags-plugin.ts";
import { siteSettings } from "./site/site-settings.ts";
import { cacheDirectory, SCREENSHOTS_DIR, allowMissingScreenshots } from "./site/site-paths.ts";

export const config = {
  dir: { input: "content", includes: "../_includes", data: "../_data" },
  // The seed post imports a macro with {% from ... %}: Markdown must go through Nunjucks first.
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk", "html"],
  // Every URL in the HTML output is rewritten under this prefix by HtmlBasePlugin.
  pathPrefix: siteSettings().pathPrefix,
};

export default function (eleventyConfig: any) {
  const site = siteSettings();
  const cacheDir = cacheDirectory();
  // This build's shared state (image work, problems, links, search job): the one `npm run build`
  // attached (site/build/build-site.ts), or a new one for `npm start`.
  const build = buildContextOf(eleventyConfig, { postsDir: POSTS_DIR, screenshotsDir: SCREENSHOTS_DIR, cacheDir, allowMissingScreenshots: allowMissingScreenshots() });
  memoizeTemplatePathNormalize();
  if (build.kind === "serve") skipUnchangedFolderReads();

  // TypeScript data files (content/**/*.11tydata.ts, _data/*.ts) are imported, not read as text.
  // Imported once per file version: under `npm start` Eleventy asks again on every rebuild, and each
  // import() goes through tsx's loader thread even when Node has the module cached.
  const dataModules = new Map<string, Promise<unknown>>();
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: (filePath: string) => {
      // The version in the URL: an edited data file is imported afresh under `npm start`.
      const url = `${pathToFileURL(path.resolve(filePath)).href}?v=${statSync(filePath).mtimeMs}`;
      let data = dataModules.get(url);
      if (!data) dataModules.set(url, (data = import(url).then((m) => m.default)));
      return data;
    },
  });

  // Nunjucks finds our _includes first, then GOV.UK Frontend's templates: "govuk/template.njk", and
  // "dist/govuk/..." as older DfE design histories import them.
  const nunjucksEnvironment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(["_includes", GOVUK_FRONTEND_DIST, path.dirname(GOVUK_FRONTEND_DIST)], { noCache: false }),
    // dev: keep the original error as the cause, so a bad screenshot is reported in our words.
    { autoescape: true, throwOnUndefined: false, dev: true },
  );
  eleventyConfig.setLibrary("njk", nunjucksEnvironment);

  // Site text (rules, catalogue) is plain Markdown with GOV.UK classes; posts have the Markdown of
  // DfE design histories, with images through this build's screenshots (site/markdown/post-markdown.ts).
  const markdown = markdownIt({ html: true, typographer: true }).use(govukClasses);
  const screenshots = new SiteScreenshots(build, {
    renderMarkdown: (text, data) => posts.render(text, data),
    renderPicture: (picture) => nunjucksEnvironment.render("screenshots/picture.njk", { picture }),
  });
  const posts = postMarkdown(screenshots.markdownImages);
  eleventyConfig.setLibrary("md", postRenderer({ environment: nunjucksEnvironment, markdown: posts, problems: build.problems }));

  eleventyConfig.addGlobalData("site", site);
  // The service navigation, in order. Each section adds its page here.
  eleventyConfig.addGlobalData("siteNavigation", [
    { text: "Design history", href: "/" },
    { text: "NPQs", href: "/npqs/" },
    { text: "Rules", href: "/rules/" },
    { text: "Check funding", href: "/check/" },
  ]);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(shellPlugin, { environment: nunjucksEnvironment });
  eleventyConfig.addPlugin(filtersPlugin, { markdown, postMarkdown: posts });
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(postsPlugin, { postsDir: POSTS_DIR, build });
  eleventyConfig.addPlugin(screenshotsPlugin, { build, screenshots });
  eleventyConfig.addPlugin(cataloguePlugin);
  eleventyConfig.addPlugin(rulesPlugin, { cacheDir });
  // The checkers and the compare form, bundled for the browser from browser/.
  eleventyConfig.addPlugin(browserBundlesPlugin, { cacheDir });
  // The glossary page, and a link from each term's first appearance on every page: before the search
  // and link transforms, which read the pages as written.
  eleventyConfig.addPlugin(glossaryPlugin, { pathPrefix: site.pathPrefix });
  // Finding and sharing: tags, the Atom feed's date filters, sitemaps, Open Graph meta, Pagefind search.
  eleventyConfig.addPlugin(tagsPlugin, { postsDir: POSTS_DIR });
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(sitemapPlugin);
  eleventyConfig.addPlugin(sharingPlugin);
  eleventyConfig.addPlugin(searchPlugin, { build, cacheDir });
  eleventyConfig.addPlugin(provenancePlugin);
  // The Content Security Policy: every page's meta element and the _headers file.
  eleventyConfig.addPlugin(securityPlugin);
  // Last: its transform must see every other transform's output.
  eleventyConfig.addPlugin(linksPlugin, { build });

  // Under `npm start`, each build ends by reporting what it found (`npm run build` reports it with the
  // link check, site/build/build-site.ts). Eleventy reads front matter before "eleventy.before", so the
  // problems are emptied after they are reported, not before a build.
  eleventyConfig.on("eleventy.after", () => build.endServeBuild());

  // `npm start` holds the output folder's lock while it runs (common/output-lock.ts): a build started
  // meanwhile stops and says so, and a second `npm start` on the same folder too. Given back on exit.
  if (build.kind === "serve") {
    let locked: Promise<unknown> | undefined;
    eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
      locked ??= acquireOutputLock(path.resolve(directories.output), "serve", { onWait: (message) => console.error(message) }).catch((error: Error) => {
        console.error(`\n${error.message}\n`);
        process.exit(1);
      });
      await locked;
    });
  }

  eleventyConfig.setServerOptions({ port: Number(process.env.PORT ?? 8080) });
  // Eleventy waits until a saved file's size has been stable for 150 ms before rebuilding; editors save
  // a Markdown file in one write, so 20 ms (checked every 5 ms) is ample and takes 130 ms off every
  // edit-to-page in `npm start`.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 5 } });
}
