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
