// One screenshot as the page shows it: WebP thumbnails with a JPEG fallback, at the sizes the layout
// uses, linking to the original. Shared by galleries (gallery-model.ts), Markdown images and a post's
// lead image, so every screenshot on the site is made and published the same way.
import path from "node:path";
import type { ScreenshotFile } from "./screenshot-library.ts";
import { scaledHeight, thumbnailOutputs, THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";

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

/** Called for every original a page shows, with the thumbnails it needs and their public paths. */
export type RequestThumbnails = (file: ScreenshotFile, originalUrl: string, thumbnails: readonly { output: ThumbnailOutput; url: string }[]) => void;

/**
 * Thumbnails live in their own tree, so no original's name can collide with one:
 * /screenshots/<slug>/01-start-page.png -> /thumbnails/<slug>/01-start-page-1280.webp
 */
export function thumbnailUrl(originalUrl: string, output: ThumbnailOutput): string {
  const ext = output.format === "jpeg" ? "jpg" : output.format;
  const stem = originalUrl.slice(0, originalUrl.length - path.posix.extname(originalUrl).length);
  return `${stem.replace(/^\/screenshots\//, "/thumbnails/")}-${output.width}.${ext}`;
}

/** The published address of an original: /screenshots/<key>, each path segment URL-encoded. */
export function originalUrlOf(key: string): string {
  return `/screenshots/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The responsive image of one screenshot file (whose width and height are known), asking for its
 * thumbnails. `eager` for the first image of a page: it is likely in view, so it loads at once.
 */
export function responsiveImage(file: ScreenshotFile & { width: number; height: number }, request: RequestThumbnails, eager: boolean): ResponsiveImage {
  const originalUrl = originalUrlOf(file.key);
  const thumbnails = thumbnailOutputs(file.width, file.height).map((output) => ({ output, url: thumbnailUrl(originalUrl, output) }));
  request(file, originalUrl, thumbnails);
  const webp = thumbnails.filter((t) => t.output.format === "webp");
  const fallback = thumbnails.find((t) => t.output.format === "jpeg")!.output;
  return {
    originalUrl,
    originalWidth: file.width,
    originalHeight: file.height,
    webpSrcset: webp.map((t) => `${t.url} ${t.output.width}w`).join(", "),
    fallbackUrl: thumbnailUrl(originalUrl, fallback),
    width: fallback.width,
    height: scaledHeight({ width: file.width, height: file.height }, fallback.width),
    sizes: fallback.width < 960 ? `(min-width: ${fallback.width + 60}px) ${fallback.width}px, 100vw` : THUMBNAIL_SPEC.sizes,
    loading: eager ? "eager" : "lazy",
  };
}
