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

/** Widths never exceed the original: a 672 px crop gets one 672 px WebP, not an upscale. */
export function thumbnailOutputs(originalWidth: number): ThumbnailOutput[] {
  const widths = new Set<number>();
  for (const w of THUMBNAIL_SPEC.webpWidths) widths.add(Math.min(w, originalWidth));
  const outputs: ThumbnailOutput[] = [...widths].sort((a, b) => a - b).map((width) => ({ format: "webp", width }));
  outputs.push({ format: "jpeg", width: Math.min(THUMBNAIL_SPEC.fallbackWidth, originalWidth) });
  return outputs;
}

export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
