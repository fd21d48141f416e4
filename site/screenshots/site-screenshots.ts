// The screenshots of one build, as the pages ask for them: galleries (appScreenshots), Markdown images,
// a post's lead image and files named in raw HTML all resolve here against the scan of screenshots/,
// each asking for the thumbnails it shows; after rendering, what the pages asked for is linked into
// the output (screenshots-plugin.ts wires this to Eleventy). Problems are reported to the build's
// context, never thrown, so one run lists them all.
import path from "node:path";
import type { BuildContext } from "../build/build-context.ts";
import type { MarkdownImages, MarkdownPage } from "../markdown/post-markdown.ts";
import { isLocalReference } from "../markdown/post-markdown.ts";
import { historyStyleOf } from "../markdown/history-style.ts";
import { publishFile } from "../../common/publish-file.ts";
import { galleryModel, type GalleryModel, type GalleryPlace } from "./gallery-model.ts";
import type { ScreenshotWork } from "./image-work.ts";
import { originalUrlOf, responsiveImage, type RequestThumbnails, type ResponsiveImage } from "./responsive-image.ts";
import { misnamed, recordContentHashes, type ScreenshotFile } from "./screenshot-library.ts";
import { screenshotSource } from "./screenshot-source.ts";
import type { ThumbnailOutput } from "./thumbnail-spec.ts";
import { cachedOriginal, cachedOriginalPath, cachedThumbnailPath, ThumbnailsFailedError, type EncodeStats, type ThumbnailQueue } from "./thumbnails.ts";

/** A page's first screenshot as a JPEG thumbnail (JPEG: every sharing preview reads it), for its Open Graph image. */
export interface FirstScreenshot {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** One image as a page shows it outside a gallery (a Markdown image, a lead image). */
export interface PageImage {
  alt: string;
  /** Shown without its own link to the original: it is inside a link already. */
  unlinked?: boolean;
  image?: ResponsiveImage;
  /** The file that was not found (screenshots/<key>), shown as a placeholder when the build allows it. */
  missing?: string;
}

/** The page data the templates give: Eleventy's `page`, and the folder's style. */
export interface PageData {
  page: MarkdownPage;
  historyStyle?: unknown;
}

interface PageState {
  usedIds: Set<string>;
  firstImageShown: boolean;
  first?: FirstScreenshot;
}

export interface SiteScreenshotsOptions {
  /** Markdown for captions, in the page's style. */
  renderMarkdown: (markdown: string, data: PageData) => string;
  /** The HTML of one image outside a gallery (_includes/screenshots/picture.njk). */
  renderPicture: (picture: PageImage) => string;
}

const firstOf = (image: ResponsiveImage, alt: string): FirstScreenshot => ({ url: image.fallbackUrl, width: image.width, height: image.height, alt });

export class SiteScreenshots {
  readonly #build: BuildContext;
  readonly #options: SiteScreenshotsOptions;
  #library = new Map<string, ScreenshotFile>();
  #lastScan: Map<string, ScreenshotFile> | undefined;
  #queue: ThumbnailQueue | undefined;
  #pages = new Map<string, PageState>();
  // What this build must publish: per original, its public URLs and its thumbnails by URL.
  #originalUrls = new Map<ScreenshotFile, Set<string>>();
  #thumbnails = new Map<ScreenshotFile, Map<string, ThumbnailOutput>>();
  // Publishing into the output folder: each file as soon as it is both encoded and shown by a page
  // (in a cold build most files finish encoding after the pages are written), the rest at the end.
  #outputDir = "";
  #published = new Set<string>();
  #madeDirs = new Set<string>();
  #encoded = new Set<ScreenshotFile>();

  constructor(build: BuildContext, options: SiteScreenshotsOptions) {
    this.#build = build;
    this.#options = options;
  }

  /**
   * Start a build: take its image work (started before Eleventy under `npm run build`; under
   * `npm start` a rebuild starts from the last scan, so only new and changed files are queued) and
   * wait for the scan. Every screenshot is queued as soon as the scan finds it: its thumbnails depend
   * only on its width, so the image work need not wait for the first page to ask.
   */
  async begin(outputDir: string): Promise<ScreenshotWork> {
    const work = this.#build.takeImageWork(this.#lastScan);
    this.#outputDir = outputDir;
    this.#pages = new Map();
    this.#originalUrls = new Map();
    this.#thumbnails = new Map();
    this.#published = new Set();
    this.#madeDirs = new Set();
    this.#encoded = new Set();
    this.#queue = work.queue;
    work.queue.listen((file) => {
      this.#encoded.add(file);
      this.#publishEarly(file);
    });
    this.#lastScan = undefined; // until this scan succeeds
    this.#library = await work.scanning;
    this.#lastScan = this.#library;
    return work;
  }

  #state(page: MarkdownPage): PageState {
    let state = this.#pages.get(page.inputPath);
    if (!state) this.#pages.set(page.inputPath, (state = { usedIds: new Set(), firstImageShown: false }));
    return state;
  }

  readonly #request: RequestThumbnails = (file, originalUrl, wanted) => {
    this.#requestOriginal(file, originalUrl);
    let byUrl = this.#thumbnails.get(file);
    if (!byUrl) this.#thumbnails.set(file, (byUrl = new Map()));
    for (const { output, url } of wanted) byUrl.set(url, output);
    this.#queue!.add(file, wanted.map((w) => w.output));
    this.#publishEarly(file);
  };

  #requestOriginal(file: ScreenshotFile, originalUrl: string): void {
    let urls = this.#originalUrls.get(file);
    if (!urls) this.#originalUrls.set(file, (urls = new Set()));
    urls.add(originalUrl);
  }

  /**
   * Link what pages asked for of one original into the output, skipping what is there already.
   * Early (`final` false), a file not yet in the cache is left for the final pass after the build;
   * in the final pass every failure is an error.
   */
  #publish(file: ScreenshotFile, originalInCache: string, final: boolean): void {
    // After a failure, nothing more goes into an output folder that is about to be deleted.
    if (this.#build.stopped) return;
    const targets: [string, string][] = [];
    for (const url of this.#originalUrls.get(file) ?? []) targets.push([url, originalInCache]);
    for (const [url, output] of this.#thumbnails.get(file) ?? []) targets.push([url, cachedThumbnailPath(this.#build.cacheDir, file, output)]);
    for (const [url, source] of targets) {
      if (this.#published.has(url)) continue;
      try {
        publishFile(source, path.join(this.#outputDir, decodeURIComponent(url)), this.#madeDirs);
        this.#published.add(url);
      } catch (error) {
        if (final) throw error;
        // not in the cache yet (asked for after its encoding started): published after the build
      }
    }
  }

  #publishEarly(file: ScreenshotFile): void {
    if (this.#outputDir && this.#encoded.has(file)) this.#publish(file, cachedOriginalPath(this.#build.cacheDir, file), false);
  }

  /** The model of one appScreenshots call on a page. */
  gallery(params: unknown, data: PageData, place?: () => GalleryPlace | undefined): GalleryModel {
    const { page } = data;
    const state = this.#state(page);
    const ctx = {
      inputPath: page.inputPath.replace(/^\.\//, ""),
      pageUrl: page.url || "/",
      style: historyStyleOf(data),
      library: this.#library,
      renderMarkdown: (markdown: string) => this.#options.renderMarkdown(markdown, data),
      usedIds: state.usedIds,
      firstImageShown: state.firstImageShown,
      request: this.#request,
      allowMissing: this.#build.allowMissingScreenshots,
      error: (problem: Parameters<BuildContext["problems"]["error"]>[0]) => this.#build.problems.error(problem),
      warn: (problem: Parameters<BuildContext["problems"]["warn"]>[0]) => this.#build.problems.warn(problem),
      place,
    };
    const model = galleryModel(params, ctx);
    state.firstImageShown = ctx.firstImageShown;
    const item = model.items.find((i) => i.image);
    if (item?.image && !state.first) state.first = firstOf(item.image, item.alt);
    return model;
  }

  /** One image outside a gallery: a Markdown image, or a post's lead image (front matter `image`). */
  image(src: unknown, alt: string, data: PageData, where: string): PageImage {
    const { page } = data;
    const file = page.inputPath.replace(/^\.\//, "");
    const source = screenshotSource(src, page.url || "/");
    if ("problem" in source) {
      this.#build.problems.error({ file, where, message: source.problem });
      return { alt };
    }
    const found = this.#library.get(source.key);
    if (!found) {
      const message = `no such file screenshots/${source.key}; put the image there or correct the address`;
      if (!this.#build.allowMissingScreenshots) {
        this.#build.problems.error({ file, where, message });
        return { alt };
      }
      this.#build.problems.warn({ file, where, message: `${message}; shown as a placeholder` });
      return { alt, missing: `screenshots/${source.key}` };
    }
    if (found.problem || !found.width || !found.height) {
      this.#build.problems.error({ file, where, message: `file screenshots/${source.key}: ${found.problem ?? "its size is unknown"}` });
      return { alt };
    }
    const wrongName = misnamed(found);
    if (wrongName) this.#build.problems.warn({ file, where, message: wrongName });
    const state = this.#state(page);
    const image = responsiveImage(found as ScreenshotFile & { width: number; height: number }, this.#request, !state.firstImageShown);
    state.firstImageShown = true;
    state.first ??= firstOf(image, alt);
    return { alt, image };
  }

  /** How Markdown in posts shows images: through this build's screenshots. */
  readonly markdownImages: MarkdownImages = {
    image: (src, alt, page, insideLink) => this.#options.renderPicture({ ...this.image(src, alt, { page }, `image "${src}"`), unlinked: insideLink }),
    rewriteReference: (reference, page) => {
      if (!isLocalReference(reference)) return undefined;
      const source = screenshotSource(reference, page.url || "/");
      if ("problem" in source) return undefined;
      const file = this.#library.get(source.key);
      if (!file || file.problem) return undefined;
      const url = originalUrlOf(source.key);
      this.#requestOriginal(file, url);
      return url;
    },
  };

  /**
   * The image a page is shared with: its front matter's `opengraphImage`, or its lead image if that
   * says so, else the first screenshot it shows. Galleries in the body are rendered before the
   * layout's <head>, so they are already recorded; galleries in front matter are shown after the body
   * but rendered after the <head>, so the first of those is resolved here with the same model.
   */
  sharingImage(data: PageData & { opengraphImage?: unknown; image?: unknown; screenshots?: unknown }): FirstScreenshot | undefined {
    const { page } = data;
    if (!page?.inputPath) return undefined;
    const og = data.opengraphImage as { src?: unknown; alt?: unknown } | undefined;
    const lead = data.image as { src?: unknown; alt?: unknown; opengraphImage?: unknown } | undefined;
    const chosen = og && typeof og === "object" && og.src ? og : lead && typeof lead === "object" && lead.opengraphImage === true ? lead : undefined;
    if (chosen) {
      const shown = this.image(chosen.src, typeof chosen.alt === "string" ? chosen.alt : "", data, chosen === og ? 'field "opengraphImage.src"' : 'field "image.src"');
      if (shown.image) return firstOf(shown.image, shown.alt);
    }
    const recorded = this.#pages.get(page.inputPath)?.first;
    if (recorded) return recorded;
    const galleries = data.screenshots == null ? [] : Array.isArray(data.screenshots) ? data.screenshots : [data.screenshots];
    if (!galleries.length) return undefined;
    const model = galleryModel(galleries[0], {
      inputPath: page.inputPath.replace(/^\.\//, ""),
      pageUrl: page.url || "/",
      style: historyStyleOf(data),
      library: this.#library,
      renderMarkdown: () => "",
      usedIds: new Set(),
      firstImageShown: true,
      request: this.#request,
      allowMissing: true,
      // The gallery itself reports its problems when the layout renders it.
      error: () => {},
      warn: () => {},
    });
    const item = model.items.find((i) => i.image);
    return item?.image && firstOf(item.image, item.alt);
  }

  /**
   * After rendering: wait for the thumbnails, then link everything the pages asked for into the output.
   * A screenshot that could not be made into thumbnails (a damaged file) is a problem of the build,
   * named with the others; the rest are published all the same.
   */
  async finish(outputDir: string): Promise<EncodeStats> {
    // Encoding also hashes each original it reads and puts its copy in the cache (see thumbnails.ts).
    let stats: EncodeStats;
    const failed = new Set<ScreenshotFile>();
    try {
      stats = await this.#queue!.drain();
    } catch (error) {
      // Under `npm start` Eleventy prints the error and goes on serving (the build's problems are
      // reported before this finishes there).
      if (!(error instanceof ThumbnailsFailedError) || this.#build.kind !== "build") throw error;
      for (const { file, reason } of error.failures) {
        failed.add(file);
        this.#build.problems.error({ file: `screenshots/${file.key}`, message: reason });
      }
      stats = error.stats;
    }
    await recordContentHashes(this.#build.cacheDir, this.#thumbnails.keys());
    this.#outputDir = outputDir;
    // An original not published yet is looked up (and copied into the cache if need be) first.
    const copies = await Promise.all(
      [...this.#originalUrls].filter(([file]) => !failed.has(file)).map(async ([file, urls]) => {
        const pending = [...urls].some((url) => !this.#published.has(url));
        return [file, pending ? await cachedOriginal(this.#build.cacheDir, file) : cachedOriginalPath(this.#build.cacheDir, file)] as const;
      }),
    );
    for (const [file, originalInCache] of copies) this.#publish(file, originalInCache, true);
    return stats;
  }
}
