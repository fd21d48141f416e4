// Turns the parameters of an `appScreenshots` call (every shape DfE design histories have used) into
// the model its template prints: ids, headings, alt text, caption HTML and the responsive image.
// All decisions live here so the Nunjucks template only formats. Documented in
// _includes/screenshots/screenshots.yaml, whose examples are the tests' fixtures.
import slugify from "@sindresorhus/slugify";
import path from "node:path";
import { UserInputError } from "../errors/user-error.ts";
import type { ScreenshotFile } from "./screenshot-library.ts";
import { scaledHeight, thumbnailOutputs, THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";

export interface ScreenshotItemParams {
  text?: string;
  id?: string;
  src?: string;
  img?: { src?: string; alt?: string };
  alt?: string;
  caption?: string;
}

export interface GalleryParams {
  items?: (string | ScreenshotItemParams)[];
  title?: string;
  headingLevel?: number;
  hideContents?: boolean;
}

export interface ResponsiveImage {
  originalUrl: string;
  originalWidth: number;
  originalHeight: number;
  webpSrcset: string;
  fallbackUrl: string;
  width: number;
  height: number;
  sizes: string;
  loading: "eager" | "lazy";
}

export interface GalleryItem {
  id: string;
  text: string;
  alt: string;
  captionHtml: string;
  image: ResponsiveImage;
}

export interface GalleryModel {
  id: string;
  title: string;
  headingLevel: number;
  itemHeadingLevel: number;
  hideContents: boolean;
  items: GalleryItem[];
}

export class ScreenshotError extends UserInputError {}

export interface GalleryContext {
  /** The post's file, for error messages. */
  inputPath: string;
  /** The post's slug: its screenshots live in screenshots/<slug>/. */
  postSlug: string;
  library: ReadonlyMap<string, ScreenshotFile>;
  renderMarkdown: (markdown: string) => string;
  /** Ids already used on this page, so two galleries or repeated texts never share an id. */
  usedIds: Set<string>;
  /** Whether an image has already been shown on this page (only the first loads eagerly). */
  firstImageShown: boolean;
  /** Called for every original the page shows, with the thumbnails it needs and their public paths. */
  request: (file: ScreenshotFile, originalUrl: string, thumbnails: readonly { output: ThumbnailOutput; url: string }[]) => void;
}

const slug = (text: string) => slugify(text, { decamelize: false });

function uniqueId(base: string, used: Set<string>): string {
  let id = base || "screenshot";
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function describeItem(index: number, text: string | undefined): string {
  return `item ${index + 1}${text ? ` ("${text}")` : ""}`;
}

function normaliseItem(raw: unknown, index: number, ctx: GalleryContext): ScreenshotItemParams {
  if (typeof raw === "string") return { text: raw };
  if (raw && typeof raw === "object" && !Array.isArray(raw)) return raw as ScreenshotItemParams;
  throw new ScreenshotError(
    `Screenshot problem in ${ctx.inputPath}, item ${index + 1}: got ${JSON.stringify(raw)}; expected a text string or an object with "text" and "src"`,
  );
}

export function galleryModel(params: unknown, ctx: GalleryContext): GalleryModel {
  const p = (params ?? {}) as GalleryParams;
  if (!Array.isArray(p.items)) {
    throw new ScreenshotError(
      `Screenshot problem in ${ctx.inputPath}: appScreenshots needs "items", a list of screenshots; got ${JSON.stringify(p.items)}`,
    );
  }
  const headingLevel = p.headingLevel ?? 2;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 5) {
    throw new ScreenshotError(
      `Screenshot problem in ${ctx.inputPath}: "headingLevel" must be a whole number from 1 to 5 (items use one level below); got ${JSON.stringify(p.headingLevel)}`,
    );
  }
  const title = p.title ?? "Screenshots";
  const folder = `screenshots/${ctx.postSlug}`;
  const items = p.items.map((raw, index): GalleryItem => {
    const item = normaliseItem(raw, index, ctx);
    const text = item.text ?? "";
    const id = uniqueId(item.id ?? slug(text), ctx.usedIds);
    const src = item.src ?? item.img?.src ?? `${item.id ?? slug(text)}.png`;
    const where = `Screenshot problem in ${ctx.inputPath}, ${describeItem(index, text)}, file ${folder}/${src}`;
    if (!text) throw new ScreenshotError(`${where}: the item has no "text"; expected the screen's name, e.g. "Check your answers"`);
    const normalised = path.posix.normalize(src);
    if (path.posix.isAbsolute(src) || normalised.startsWith("..") || normalised.includes("/../")) {
      throw new ScreenshotError(`${where}: "src" must name a file inside ${folder}/, without "../" or a leading "/"`);
    }
    const key = `${ctx.postSlug}/${normalised}`;
    const file = ctx.library.get(key);
    if (!file) throw new ScreenshotError(`${where}: no such file; put the image at ${folder}/${normalised} or correct "src"`);
    if (file.problem || !file.width || !file.height) throw new ScreenshotError(`${where}: ${file.problem ?? "unknown size"}`);

    const originalUrl = `/${folder}/${normalised}`;
    const thumbnails = thumbnailOutputs(file.width).map((output) => ({ output, url: thumbnailUrl(originalUrl, output) }));
    ctx.request(file, originalUrl, thumbnails);
    const webp = thumbnails.filter((t) => t.output.format === "webp");
    const fallback = thumbnails.find((t) => t.output.format === "jpeg")!.output;
    const loading = ctx.firstImageShown ? "lazy" : "eager";
    ctx.firstImageShown = true;
    return {
      id,
      text,
      alt: item.alt ?? item.img?.alt ?? `Screenshot of ${text}`,
      captionHtml: item.caption ? ctx.renderMarkdown(String(item.caption)) : "",
      image: {
        originalUrl,
        originalWidth: file.width,
        originalHeight: file.height,
        webpSrcset: webp.map((t) => `${t.url} ${t.output.width}w`).join(", "),
        fallbackUrl: thumbnailUrl(originalUrl, fallback),
        width: fallback.width,
        height: scaledHeight({ width: file.width, height: file.height }, fallback.width),
        sizes: fallback.width < 960 ? `(min-width: ${fallback.width + 60}px) ${fallback.width}px, 100vw` : THUMBNAIL_SPEC.sizes,
        loading,
      },
    };
  });
  return {
    id: uniqueId(slug(title), ctx.usedIds),
    title,
    headingLevel,
    itemHeadingLevel: headingLevel + 1,
    hideContents: Boolean(p.hideContents),
    items,
  };
}

/**
 * Thumbnails live in their own tree, so no original's name can collide with one:
 * /screenshots/<slug>/01-start-page.png -> /thumbnails/<slug>/01-start-page-1280.webp
 */
export function thumbnailUrl(originalUrl: string, output: ThumbnailOutput): string {
  const ext = output.format === "jpeg" ? "jpg" : output.format;
  const stem = originalUrl.slice(0, originalUrl.length - path.posix.extname(originalUrl).length);
  return `${stem.replace(/^\/screenshots\//, "/thumbnails/")}-${output.width}.${ext}`;
}
