// Eleventy plugin: screenshots and their thumbnails.
// - scan screenshots/ (dimensions and content hashes, cached);
// - while rendering: the `appScreenshotsModel` filter resolves each macro item and records what the
//   page needs;
// - from the start of the build (for the first build, as soon as this plugin is registered, or before
//   Eleventy is loaded under `npm run build`: head-start.ts): every screenshot's thumbnails are queued
//   as the scan finds it and encoded (one original per core) while Eleventy reads and renders the
//   site, so image work overlaps text work (ThumbnailQueue);
//   the pages then ask for the thumbnails they show;
// - after rendering: wait for the queue, then hard-link originals and thumbnails into the output
//   folder (originals via a content-addressed copy in the cache).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Markdown } from "../markdown/markdown-type.ts";
import { galleryModel, type GalleryContext, type GalleryModel } from "../screenshots/gallery-model.ts";
import { startScreenshotWork, takeHeadStart, type ScreenshotWork } from "../screenshots/head-start.ts";
import { recordContentHashes, type ScreenshotFile } from "../screenshots/screenshot-library.ts";
import { cachedOriginal, cachedOriginalPath, cachedThumbnailPath, ThumbnailQueue } from "../screenshots/thumbnails.ts";
import { publishFile } from "../util/publish-file.ts";
import type { ThumbnailOutput } from "../screenshots/thumbnail-spec.ts";

export interface ScreenshotsPluginOptions {
  screenshotsDir: string;
  cacheDir: string;
  markdown: Markdown;
}

interface PageState {
  usedIds: Set<string>;
  firstImageShown: boolean;
}

/** A page's first screenshot as a JPEG thumbnail (JPEG: every sharing preview reads it), for its Open Graph image. */
export interface FirstScreenshot {
  url: string;
  width: number;
  height: number;
  alt: string;
}

function firstScreenshotOf(model: GalleryModel): FirstScreenshot | undefined {
  const item = model.items[0];
  return item && { url: item.image.fallbackUrl, width: item.image.width, height: item.image.height, alt: item.alt };
}

/** The slug a post's screenshots are filed under: its file name without the date prefix. */
export function postSlugFromInputPath(inputPath: string): string {
  return path.basename(inputPath, path.extname(inputPath)).replace(/^\d{4}-\d{2}-\d{2}-/, "");
}

export default function screenshotsPlugin(eleventyConfig: any, options: ScreenshotsPluginOptions) {
  let library = new Map<string, ScreenshotFile>();
  let pages = new Map<string, PageState>();
  // What this build must publish: per original, its public URLs and its thumbnails by URL.
  let originalUrls = new Map<ScreenshotFile, Set<string>>();
  let thumbnails = new Map<ScreenshotFile, Map<string, ThumbnailOutput>>();
  let firstScreenshots = new Map<string, FirstScreenshot>();
  let encoding: ThumbnailQueue;

  // Publishing into the output folder: each file as soon as it is both encoded and shown by a page
  // (in a cold build most files finish encoding after the pages are written), the rest at the end.
  let outputDir = "";
  let published = new Set<string>();
  let madeDirs = new Set<string>();
  let encoded = new Set<ScreenshotFile>();
  /**
   * Link what pages asked for of one original into the output, skipping what is there already.
   * Early (`final` false), a file not yet in the cache is left for the final pass after the build;
   * in the final pass every failure is an error.
   */
  const publish = (file: ScreenshotFile, originalInCache: string, final: boolean) => {
    const targets: [string, string][] = [];
    for (const url of originalUrls.get(file) ?? []) targets.push([url, originalInCache]);
    for (const [url, output] of thumbnails.get(file) ?? []) targets.push([url, cachedThumbnailPath(options.cacheDir, file, output)]);
    for (const [url, source] of targets) {
      if (published.has(url)) continue;
      try {
        publishFile(source, path.join(outputDir, url), madeDirs);
        published.add(url);
      } catch (error) {
        if (final) throw error;
        // not in the cache yet (asked for after its encoding started): published after the build
      }
    }
  };
  const publishEarly = (file: ScreenshotFile) => {
    if (outputDir && encoded.has(file)) publish(file, cachedOriginalPath(options.cacheDir, file), false);
  };

  /**
   * Fresh state for a build, and the scan that starts its thumbnail encoding (head-start.ts). Every
   * screenshot is queued as soon as the scan finds it: its thumbnails depend only on its width, so
   * the image work need not wait for the first page to ask. A screenshot no post shows costs one
   * encoding (then it is cached) but is never published. `previous` is the last build's scan, under
   * `npm start`: a file unchanged since was queued by that build, so only new and changed files are
   * queued now (the pages a rebuild renders still ask for their own thumbnails, which are checked,
   * and made if missing, as they ask). Queueing all 1,000 screenshots again meant checking 5,000
   * cache files, a tenth of a second of every edit to a post.
   */
  const startBuild = (work: ScreenshotWork): Promise<Map<string, ScreenshotFile>> => {
    outputDir = "";
    pages = new Map();
    originalUrls = new Map();
    thumbnails = new Map();
    firstScreenshots = new Map();
    published = new Set();
    madeDirs = new Set();
    encoded = new Set();
    encoding = work.queue;
    encoding.listen((file) => {
      encoded.add(file);
      publishEarly(file);
    });
    return work.scanning;
  };

  // The first build's work was started by `npm run build` before it loaded Eleventy, or starts now,
  // while the configuration is still loading and before Eleventy reads the site; each later build
  // (under `npm start`) starts its own from the last one's scan.
  let firstScan: Promise<Map<string, ScreenshotFile>> | undefined = startBuild(
    takeHeadStart(options.screenshotsDir, options.cacheDir) ?? startScreenshotWork(options.screenshotsDir, options.cacheDir),
  );
  let lastScan: Map<string, ScreenshotFile> | undefined;

  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const scanning = firstScan ?? startBuild(startScreenshotWork(options.screenshotsDir, options.cacheDir, lastScan));
    firstScan = undefined;
    outputDir = directories.output;
    lastScan = undefined; // until this scan succeeds
    library = await scanning;
    lastScan = library;
  });

  const request: GalleryContext["request"] = (file, originalUrl, wanted) => {
    let urls = originalUrls.get(file);
    if (!urls) originalUrls.set(file, (urls = new Set()));
    urls.add(originalUrl);
    let byUrl = thumbnails.get(file);
    if (!byUrl) thumbnails.set(file, (byUrl = new Map()));
    for (const { output, url } of wanted) byUrl.set(url, output);
    encoding.add(file, wanted.map((w) => w.output));
    publishEarly(file);
  };

  eleventyConfig.addNunjucksFilter("appScreenshotsModel", function (this: any, params: unknown) {
    const page = this.page ?? this.ctx?.page;
    if (!page?.inputPath) throw new Error("appScreenshots must be called with context: {% from \"screenshots/macro.njk\" import appScreenshots with context %}");
    let state = pages.get(page.inputPath);
    if (!state) pages.set(page.inputPath, (state = { usedIds: new Set(), firstImageShown: false }));
    const ctx: GalleryContext = {
      inputPath: page.inputPath,
      postSlug: postSlugFromInputPath(page.inputPath),
      library,
      renderMarkdown: (md) => options.markdown.render(md),
      usedIds: state.usedIds,
      firstImageShown: state.firstImageShown,
      request,
    };
    const model = galleryModel(params, ctx);
    state.firstImageShown = ctx.firstImageShown;
    const first = firstScreenshotOf(model);
    if (first && !firstScreenshots.has(page.inputPath)) firstScreenshots.set(page.inputPath, first);
    return model;
  });

  /**
   * The first screenshot a page shows, for sharing. Galleries in the body are rendered before the
   * layout's <head>, so they are already recorded; front matter galleries are shown after the body
   * but rendered after the <head>, so the first of those is resolved here with the same model.
   */
  eleventyConfig.addNunjucksFilter("firstScreenshot", function (page: { inputPath?: string }, frontMatterGalleries?: unknown): FirstScreenshot | undefined {
    if (!page?.inputPath) return undefined;
    const recorded = firstScreenshots.get(page.inputPath);
    if (recorded) return recorded;
    const galleries = frontMatterGalleries == null ? [] : Array.isArray(frontMatterGalleries) ? frontMatterGalleries : [frontMatterGalleries];
    if (!galleries.length) return undefined;
    return firstScreenshotOf(
      galleryModel(galleries[0], {
        inputPath: page.inputPath,
        postSlug: postSlugFromInputPath(page.inputPath),
        library,
        renderMarkdown: (md) => options.markdown.render(md),
        usedIds: new Set(),
        firstImageShown: true,
        request,
      }),
    );
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // Encoding also hashes each original it reads and puts its copy in the cache (see thumbnails.ts).
    const stats = await encoding.drain();
    await recordContentHashes(options.cacheDir, thumbnails.keys());
    outputDir = directories.output;
    // An original not published yet is looked up (and copied into the cache if need be) first.
    const copies = await Promise.all(
      [...originalUrls].map(async ([file, urls]) => {
        const pending = [...urls].some((url) => !published.has(url));
        return [file, pending ? await cachedOriginal(options.cacheDir, file) : cachedOriginalPath(options.cacheDir, file)] as const;
      }),
    );
    for (const [file, originalInCache] of copies) publish(file, originalInCache, true);
    await mkdir(options.cacheDir, { recursive: true });
    await writeFile(path.join(options.cacheDir, "screenshot-stats.json"), JSON.stringify(stats));
    if (stats.originals) {
      console.log(
        `[screenshots] ${stats.originals} originals: ${stats.encoded} thumbnails encoded, ${stats.reused} from cache, in ${stats.seconds.toFixed(2)} s`,
      );
    }
  });
}
