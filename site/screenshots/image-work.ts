// The image work of a build: scanning screenshots/ and encoding every screenshot's thumbnails (one
// original per core, on a worker thread). It depends on no page, so it can start before anything
// else: `npm run build` starts it before it loads Eleventy (scripts/build.ts, through the build's
// context, site/build/build-context.ts), because importing Eleventy and loading the config take about
// 0.8 s in which both cores would otherwise sit idle while the longest part of a cold build waits.
import path from "node:path";
import { scanScreenshots, type ScreenshotFile } from "./screenshot-library.ts";
import { thumbnailOutputs } from "./thumbnail-spec.ts";
import { ThumbnailQueue } from "./thumbnails.ts";

export interface ScreenshotWork {
  readonly screenshotsDir: string;
  readonly cacheDir: string;
  /** Every screenshot's thumbnails, queued as the scan finds it. */
  readonly queue: ThumbnailQueue;
  /** The scan: every file in screenshots/ with its dimensions, by key. */
  readonly scanning: Promise<Map<string, ScreenshotFile>>;
}

/**
 * Scan the screenshots and queue the thumbnails of each one a page is likely to show as it is found:
 * those in a post's own folder (`likelyShown`, by key). The rest are encoded only if a page asks for
 * them while rendering: a history imported whole may hold many files no post shows. `previous` is
 * the last build's scan (under `npm start`): a file unchanged since then was queued by that build and
 * is not queued again.
 */
export function startScreenshotWork(
  screenshotsDir: string,
  cacheDir: string,
  previous?: ReadonlyMap<string, ScreenshotFile>,
  likelyShown: (key: string) => boolean = () => true,
): ScreenshotWork {
  const queue = new ThumbnailQueue(cacheDir);
  const scanning = scanScreenshots(
    screenshotsDir,
    cacheDir,
    (file) => {
      if (previous?.get(file.key) !== file && !file.problem && file.width && file.height && likelyShown(file.key)) queue.add(file, thumbnailOutputs(file.width, file.height));
    },
    previous,
  );
  scanning.catch(() => {}); // reported when the build awaits it
  return { screenshotsDir: path.resolve(screenshotsDir), cacheDir: path.resolve(cacheDir), queue, scanning };
}
