// How a screenshot's file name becomes the text readers see, and how a list of screenshots becomes an
// `appScreenshots` call a designer can paste. Shared by `npm run new-post` and `npm run capture`, so
// both write the same shape the macro documents (_includes/screenshots/screenshots.yaml).
import path from "node:path";

export interface ScreenshotItem {
  text: string;
  src: string;
}

/** Image files the screenshot pipeline can read (site/screenshots/screenshot-library.ts). */
export const SCREENSHOT_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif"]);

/**
 * "01-start-page.png" -> "Start page": drop the extension and a leading number, turn hyphens and
 * underscores into spaces, capitalise the first letter. A name that is only a number keeps it.
 */
export function textFromFileName(fileName: string): string {
  const stem = path.basename(fileName, path.extname(fileName));
  const words = stem.replace(/^\d+(?:[-_. ]+|$)/, "").replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  const text = words || stem;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** File-name order, with numbers compared as numbers ("2-a.png" before "10-b.png"). */
export function compareFileNames(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

export function screenshotItemsFor(fileNames: readonly string[]): ScreenshotItem[] {
  return [...fileNames].sort(compareFileNames).map((src) => ({ text: textFromFileName(src), src }));
}

/** The Nunjucks import line a post needs once, before its first gallery. */
export const APP_SCREENSHOTS_IMPORT = `{% from "screenshots/macro.njk" import appScreenshots with context %}`;

/** An `appScreenshots({ items: [...] })` call, one item per line. JSON strings are valid Nunjucks strings. */
export function appScreenshotsCall(items: readonly ScreenshotItem[]): string {
  const lines = items.map((item, i) => `    { text: ${JSON.stringify(item.text)}, src: ${JSON.stringify(item.src)} }${i < items.length - 1 ? "," : ""}`);
  return ["{{ appScreenshots({", "  items: [", ...lines, "  ]", "}) }}"].join("\n");
}
