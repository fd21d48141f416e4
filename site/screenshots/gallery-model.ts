// Turns the parameters of an `appScreenshots` call (every shape DfE design histories have used) into
// the model its template prints: ids, headings, alt text, caption HTML and the responsive image.
// All decisions live here so the Nunjucks template only formats. Documented in
// _includes/screenshots/screenshots.yaml, whose examples are the tests' fixtures.
//
// A problem (a missing file, a wrong parameter) is reported, not thrown: the build goes on, so one
// run lists every post's problems, and fails at its end (site/build/build-problems.ts). A missing file
// is a visible placeholder and a warning instead when the build allows missing screenshots.
import path from "node:path";
import { describeValue } from "../../common/describe-value.ts";
import type { BuildProblem } from "../build/build-problems.ts";
import type { HistoryStyle } from "../markdown/history-style.ts";
import { responsiveImage, type RequestThumbnails, type ResponsiveImage } from "./responsive-image.ts";
import { misnamed, type ScreenshotFile } from "./screenshot-library.ts";
import { screenshotFolderOf, screenshotSource } from "./screenshot-source.ts";

export { thumbnailUrl, type ResponsiveImage } from "./responsive-image.ts";

export interface ScreenshotItemParams {
  text?: string;
  id?: string;
  src?: string;
  img?: { src?: string; alt?: string; path?: string };
  alt?: string;
  caption?: string;
}

export interface GalleryParams {
  items?: (string | ScreenshotItemParams)[];
  title?: string;
  headingLevel?: number;
  hideContents?: boolean;
  /** Older DfE galleries: the folder (a URL path) the items' files are in, instead of the post's. */
  path?: string;
}

/** Every parameter a gallery and an item may have: anything else is a mistake worth naming. */
const GALLERY_PARAMS = new Set(["items", "title", "headingLevel", "hideContents", "path"]);
const ITEM_PARAMS = new Set(["text", "id", "src", "img", "alt", "caption"]);
const IMG_PARAMS = new Set(["src", "alt", "path"]);

export interface GalleryItem {
  id: string;
  text: string;
  alt: string;
  captionHtml: string;
  /** The image, or undefined when its file is missing and the build allows that (see `missing`). */
  image?: ResponsiveImage;
  /** The file that was not found, shown as a placeholder: screenshots/<key>. */
  missing?: string;
}

export interface GalleryModel {
  id: string;
  title: string;
  headingLevel: number;
  itemHeadingLevel: number;
  hideContents: boolean;
  items: GalleryItem[];
}

export interface GalleryContext {
  /** The post's file, for problems. */
  inputPath: string;
  /** The page's URL: a relative `src` resolves against it (screenshots/ mirrors the site). */
  pageUrl: string;
  /** How ids are made from text, as the history the post comes from made them. */
  style: HistoryStyle;
  library: ReadonlyMap<string, ScreenshotFile>;
  renderMarkdown: (markdown: string) => string;
  /** Ids already used on this page, so two galleries or repeated texts never share an id. */
  usedIds: Set<string>;
  /** Whether an image has already been shown on this page (only the first loads eagerly). */
  firstImageShown: boolean;
  request: RequestThumbnails;
  /** A missing file is a placeholder and a warning, not an error. */
  allowMissing: boolean;
  /** Where the call is, asked only when there is a problem to name; unknown when it gives undefined. */
  place?: () => GalleryPlace | undefined;
  error(problem: BuildProblem): void;
  warn(problem: BuildProblem): void;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base || "screenshot";
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Where a gallery's call is: its line in the post, or the front matter field it comes from. */
export type GalleryPlace = { line: number } | { field: string };

/** The gallery, or one of its items, as a problem names it: `line 12, appScreenshots item 3 ("Start")`, `field "screenshots.items.2"`. */
function describeGallery(place: GalleryPlace | undefined, index?: number, text?: string): string {
  if (place && "field" in place) return `field "${place.field}${index === undefined ? "" : `.items.${index}`}"`;
  const what = index === undefined ? "appScreenshots" : `appScreenshots item ${index + 1}${text ? ` ("${text}")` : ""}`;
  return place ? `line ${place.line}, ${what}` : what;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function unknownKeys(value: Record<string, unknown>, known: ReadonlySet<string>): string[] {
  return Object.keys(value).filter((key) => !known.has(key));
}

const EMPTY: Omit<GalleryModel, "id"> = { title: "Screenshots", headingLevel: 2, itemHeadingLevel: 3, hideContents: true, items: [] };

export function galleryModel(params: unknown, ctx: GalleryContext): GalleryModel {
  const fail = (message: string): GalleryModel => {
    ctx.error({ file: ctx.inputPath, where: describeGallery(ctx.place?.()), message });
    return { ...EMPTY, id: uniqueId("screenshots", ctx.usedIds) };
  };
  if (!isObject(params)) return fail(`expected an object such as { items: [...] }; got ${describeValue(params)}`);
  const p = params as GalleryParams;
  const unknown = unknownKeys(params, GALLERY_PARAMS);
  if (unknown.length) return fail(`unknown parameter ${unknown.map((k) => `"${k}"`).join(", ")}; a gallery takes ${[...GALLERY_PARAMS].join(", ")}`);
  if (!Array.isArray(p.items)) return fail(`"items" must be a list of screenshots; got ${p.items === undefined ? "nothing" : describeValue(p.items)}`);
  const headingLevel = p.headingLevel ?? 2;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 5) {
    return fail(`"headingLevel" must be a whole number from 1 to 5 (items use one level below); got ${describeValue(p.headingLevel)}`);
  }
  if (p.title !== undefined && typeof p.title !== "string") return fail(`"title" must be text; got ${describeValue(p.title)}`);
  if (p.path !== undefined && typeof p.path !== "string") return fail(`"path" must be a folder, e.g. "/apply/some-post"; got ${describeValue(p.path)}`);
  const title = p.title ?? "Screenshots";
  const slug = (text: string) => ctx.style.screenshotId(text);

  const items: GalleryItem[] = [];
  p.items.forEach((raw, index) => {
    const item: ScreenshotItemParams = typeof raw === "string" ? { text: raw } : isObject(raw) ? (raw as ScreenshotItemParams) : {};
    const text = typeof item.text === "string" ? item.text : "";
    let where: string | undefined;
    const whereItem = () => (where ??= describeGallery(ctx.place?.(), index, text));
    const report = (message: string) => ctx.error({ file: ctx.inputPath, where: whereItem(), message });
    if (typeof raw !== "string" && !isObject(raw)) return report(`got ${describeValue(raw)}; expected a text string or an object with "text" and "src"`);
    const unknownItemKeys = [...unknownKeys(item as Record<string, unknown>, ITEM_PARAMS), ...(isObject(item.img) ? unknownKeys(item.img, IMG_PARAMS).map((k) => `img.${k}`) : [])];
    if (unknownItemKeys.length) return report(`unknown parameter ${unknownItemKeys.map((k) => `"${k}"`).join(", ")}; an item takes text, src, id, alt, caption and img (src, alt)`);
    if (!text) return report(`the item has no "text"; expected the screen's name, e.g. "Check your answers"`);
    for (const field of ["id", "src", "alt", "caption"] as const) {
      if (item[field] !== undefined && typeof item[field] !== "string") return report(`"${field}" must be text; got ${describeValue(item[field])}`);
    }
    if (item.img !== undefined && !isObject(item.img)) return report(`"img" must be an object such as { src: "01-start.png" }; got ${describeValue(item.img)}`);
    const id = uniqueId(item.id ?? slug(text), ctx.usedIds);
    const src = item.src ?? item.img?.src ?? `${item.id ?? slug(text)}.png`;
    // `path` (of the gallery, or of the item's img) names the folder the file is in, as older DfE
    // galleries wrote it; otherwise `src` is relative to the page.
    const folder = item.img?.path ?? p.path;
    const written = folder ? `${folder.replace(/\/+$/, "")}/${src}` : src;
    const source = screenshotSource(written, ctx.pageUrl);
    if ("problem" in source) return report(source.problem);
    const alt = item.alt ?? item.img?.alt ?? `Screenshot of ${text}`;
    const captionHtml = item.caption ? ctx.renderMarkdown(String(item.caption)) : "";
    const file = ctx.library.get(source.key);
    if (!file) {
      const message = `no such file screenshots/${source.key}; put the image there or correct "src"${folder ? "" : ` (files of this page are in screenshots/${screenshotFolderOf(ctx.pageUrl)}/)`}`;
      if (!ctx.allowMissing) return report(message);
      ctx.warn({ file: ctx.inputPath, where: whereItem(), message: `${message}; shown as a placeholder` });
      items.push({ id, text, alt, captionHtml, missing: `screenshots/${source.key}` });
      return;
    }
    if (file.problem || !file.width || !file.height) return report(`file screenshots/${source.key}: ${file.problem ?? "its size is unknown"}`);
    const wrongName = misnamed(file);
    if (wrongName) ctx.warn({ file: ctx.inputPath, where, message: wrongName });
    const image = responsiveImage(file as ScreenshotFile & { width: number; height: number }, ctx.request, !ctx.firstImageShown);
    ctx.firstImageShown = true;
    items.push({ id, text, alt, captionHtml, image });
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

/** Whether a path names a file the screenshot pipeline reads. */
export function isScreenshotPath(file: string): boolean {
  return /\.(png|jpe?g|webp|gif|avif)$/i.test(path.posix.basename(file));
}
