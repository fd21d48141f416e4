// Eleventy plugin: screenshots and their thumbnails (site/screenshots/site-screenshots.ts does the
// work). Before a build: take the image work (scan and thumbnail queue; started before Eleventy under
// `npm run build`) from the build's context. While rendering: the `appScreenshotsModel`,
// `leadImage` and `sharingImage` filters, and Markdown images, ask for what each page shows. After:
// wait for the thumbnails and link what the pages asked for into the output folder.
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeAtomically } from "../../common/write-atomically.ts";
import type { BuildContext } from "../build/build-context.ts";
import { bodyStart } from "../posts/nunjucks-error-line.ts";
import type { GalleryPlace } from "../screenshots/gallery-model.ts";
import type { PageData, SiteScreenshots } from "../screenshots/site-screenshots.ts";
import { lastLine } from "./workarounds/nunjucks-error-lines.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

export interface ScreenshotsPluginOptions {
  build: BuildContext;
  screenshots: SiteScreenshots;
}

/** The page's data from a filter's Nunjucks context, or an error saying how to import the macro. */
function pageData(self: any, component = "appScreenshots"): PageData {
  const data = self?.ctx;
  if (!data?.page?.inputPath) {
    const folder = { appScreenshots: "screenshots", appImage: "image", appFigure: "figure" }[component] ?? "screenshots";
    throw new Error(`${component} must be imported with context: {% from "${folder}/macro.njk" import ${component} with context %}`);
  }
  return data;
}

/**
 * Where a gallery is called: the front matter field it comes from (`screenshots:`, shown by the post
 * layout), or its line in the post's body, the line of the post's last call (workaround
 * "nunjucks-error-lines": the post calls appScreenshots, whose template calls this filter).
 */
function galleryPlace(environment: object | undefined, params: unknown, data: PageData & { screenshots?: unknown }): GalleryPlace | undefined {
  const fromFrontMatter = data.screenshots;
  // `appScreenshots()` in the body, with no parameters, is no gallery of a post with none in front matter.
  if (params !== undefined && fromFrontMatter === params) return { field: "screenshots" };
  if (params !== undefined && Array.isArray(fromFrontMatter) && fromFrontMatter.includes(params)) return { field: `screenshots.${fromFrontMatter.indexOf(params)}` };
  const line = environment && lastLine(environment, data.page.inputPath);
  if (line === undefined) return undefined;
  try {
    return { line: line + bodyStart(readFileSync(data.page.inputPath, "utf8")) };
  } catch {
    return undefined; // the file is gone (a save under `npm start`)
  }
}

export default function screenshotsPlugin(eleventyConfig: any, { build, screenshots }: ScreenshotsPluginOptions) {
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    await screenshots.begin(directories.output);
  });

  addSiteFilter(eleventyConfig, "appScreenshotsModel", function (this: any, params: unknown) {
    const data = pageData(this);
    return screenshots.gallery(params, data, () => galleryPlace(this?.env, params, data));
  });

  /** A post's lead image (front matter `image`: src, alt, caption), shown above its body. */
  addSiteFilter(eleventyConfig, "leadImage", function (this: any, image: { src?: unknown; alt?: unknown } | undefined) {
    if (!image) return undefined;
    return screenshots.image(image.src, typeof image.alt === "string" ? image.alt : "", pageData(this), 'field "image.src"');
  });

  /** One image by its address on the page, for components that show one (appImage, appFigure). */
  addSiteFilter(eleventyConfig, "imageOnPage", function (this: any, src: unknown, alt: unknown, component: string) {
    return screenshots.image(src, typeof alt === "string" ? alt : "", pageData(this, component), `${component} image "${String(src)}"`);
  });

  /** The image a page is shared with (site/screenshots/site-screenshots.ts says which). */
  addSiteFilter(eleventyConfig, "sharingImage", function (this: any) {
    const data = this?.ctx;
    return data?.page?.inputPath ? screenshots.sharingImage(data) : undefined;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const finishing = screenshots.finish(directories.output);
    build.track(finishing);
    const stats = await finishing;
    await writeAtomically(path.join(build.cacheDir, "screenshot-stats.json"), Buffer.from(JSON.stringify(stats)));
    if (stats.originals) {
      console.log(`[screenshots] ${stats.originals} originals: ${stats.encoded} thumbnails encoded, ${stats.reused} from cache, in ${stats.seconds.toFixed(2)} s`);
    }
  });
}
