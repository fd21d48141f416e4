// Where the build finds the screenshots and keeps its caches, relative to the project folder: one
// definition for eleventy.config.ts and for scripts/build.ts, which starts the image work before it
// loads Eleventy (site/screenshots/head-start.ts) and must look in the same places as the config.
export const SCREENSHOTS_DIR = "screenshots";

/** The cache folder (thumbnails, scans, validation, search index): SITE_CACHE_DIR, or .cache. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_CACHE_DIR ?? ".cache";
}

/**
 * Whether a build shows a placeholder (and a warning) for each missing screenshot instead of failing:
 * `npm run build -- --allow-missing-screenshots`, or ALLOW_MISSING_SCREENSHOTS=1 (also for `npm start`).
 */
export function allowMissingScreenshots(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ALLOW_MISSING_SCREENSHOTS === "1" || env.ALLOW_MISSING_SCREENSHOTS === "true";
}

/**
 * `npm run build` renders into a staging folder beside the output and swaps it in when the build
 * succeeds (site/build/build-site.ts). What is kept per published folder (the search index) is keyed
 * by the published folder, whichever staging folder a build renders into.
 */
export const stagingFolderOf = (output: string, pid = process.pid): string => `${output}.building-${pid}`;
export const publishedFolderOf = (folder: string): string => folder.replace(/\.building-\d+$/, "");
