// What thumbnails the site makes from each screenshot. Originals are 2400 px wide (2x captures of
// 1200 px pages); the post column is at most 960 CSS px, so 1920 px keeps text sharp on a 2x screen
// and 640/1280 serve phones and 1x screens. WebP is the modern format; a 1280 px JPEG is the
// fallback for browsers without WebP. AVIF was measured at ten times the cost of WebP here.

export interface ThumbnailOutput {
  readonly format: "webp" | "jpeg";
  readonly width: number;
}

export const THUMBNAIL_SPEC = {
  webpWidths: [640, 1280, 1920],
  fallbackWidth: 1280,
  // effort 2 encodes in about 60% of the time of effort 4 for 2-3% more bytes (measured on the seed).
  webp: { quality: 78, effort: 2 },
  // The JPEG only reaches browsers without WebP; mozjpeg's trellis quantisation tripled its cost for
  // 20% fewer bytes, so plain libjpeg with optimised Huffman tables and progressive scans.
  jpeg: { quality: 80, progressive: true, optimiseCoding: true },
  /** CSS width of the post column on wide screens; matches .govuk-width-container. */
  sizes: "(min-width: 1020px) 960px, 100vw",
} as const;

/**
 * The largest screenshot the site makes thumbnails of, in pixels: a full-page capture 2,400 px wide
 * and 25,000 px tall. Decoding a larger one would take more memory than a build may use (1 GiB, with
 * the site's own); the scan reports it as a problem (screenshot-library.ts).
 */
export const MAX_ORIGINAL_PIXELS = 2400 * 25_000;

/**
 * Originals larger than this (a screenshot 2,400 px wide and over 4,000 px tall) are encoded the
 * frugal way, alone and one thumbnail at a time (encode-thumbnails.ts, thumbnails.ts): every
 * screenshot of a page as designers capture it (2,400 x 1,900 or so) is well under it.
 */
export const LARGE_ORIGINAL_PIXELS = 2400 * 4000;

/** The longest side each format can have: WebP stores 14 bits, JPEG 16. */
const MAX_SIDE = { webp: 16_383, jpeg: 65_535 } as const;

/**
 * Widths never exceed the original: a 672 px crop gets one 672 px WebP, not an upscale. Nor does a
 * thumbnail's height exceed what its format can hold: the 1,920 px WebP of a capture 1,200 px wide
 * and 20,000 px tall would be 32,000 px tall, so that capture's largest WebP is 982 px wide.
 */
export function thumbnailOutputs(originalWidth: number, originalHeight: number): ThumbnailOutput[] {
  const fit = (width: number, format: keyof typeof MAX_SIDE) =>
    Math.max(1, Math.min(width, originalWidth, Math.floor((MAX_SIDE[format] * originalWidth) / Math.max(1, originalHeight))));
  const widths = new Set<number>();
  for (const w of THUMBNAIL_SPEC.webpWidths) widths.add(fit(w, "webp"));
  const outputs: ThumbnailOutput[] = [...widths].sort((a, b) => a - b).map((width) => ({ format: "webp", width }));
  outputs.push({ format: "jpeg", width: fit(THUMBNAIL_SPEC.fallbackWidth, "jpeg") });
  return outputs;
}

/** Whether an original is encoded the frugal way (LARGE_ORIGINAL_PIXELS). */
export function isLargeOriginal(original: { width?: number; height?: number }): boolean {
  return (original.width ?? 0) * (original.height ?? 0) > LARGE_ORIGINAL_PIXELS;
}

export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
