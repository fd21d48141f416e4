// The image work of a build: scanning screenshots/ and encoding every screenshot's thumbnails (one
// original per core, on libvips' threads). It depends on no page, so it can start before anything else.
//
// `npm run build` starts it before it loads Eleventy (scripts/build.ts): importing Eleventy and
// loading the config take about 0.8 s on this machine, time in which both cores would otherwise sit
// idle while the longest part of a cold build waits. The screenshots plugin takes over the running
// work when the config registers it (takeHeadStart); without a head start (`npm start`, tests) the
// plugin starts the same work itself.
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
 * Scan the screenshots and queue each one's thumbnails as it is found. `previous` is the last build's
 * scan (under `npm start`): a file unchanged since then was queued by that build and is not queued again.
 */
export function startScreenshotWork(screenshotsDir: string, cacheDir: string, previous?: ReadonlyMap<string, ScreenshotFile>): ScreenshotWork {
  const queue = new ThumbnailQueue(cacheDir);
  const scanning = scanScreenshots(
    screenshotsDir,
    cacheDir,
    (file) => {
      if (previous?.get(file.key) !== file && !file.problem && file.width) queue.add(file, thumbnailOutputs(file.width));
    },
    previous,
  );
  scanning.catch(() => {}); // reported when the build awaits it
  return { screenshotsDir: path.resolve(screenshotsDir), cacheDir: path.resolve(cacheDir), queue, scanning };
}

let headStart: ScreenshotWork | undefined;

/** Start the image work now, for the build that is about to load Eleventy in this process. */
export function startBeforeEleventy(screenshotsDir: string, cacheDir: string): void {
  dropHeadStart();
  headStart = startScreenshotWork(screenshotsDir, cacheDir);
}

/** The work started before Eleventy, if it was started for these folders; it is handed over once. */
export function takeHeadStart(screenshotsDir: string, cacheDir: string): ScreenshotWork | undefined {
  const work = headStart;
  if (!work || work.screenshotsDir !== path.resolve(screenshotsDir) || work.cacheDir !== path.resolve(cacheDir)) return undefined;
  headStart = undefined;
  return work;
}

/** Stop a head start that no build took (queued files are dropped; those being encoded finish). */
export function dropHeadStart(): void {
  headStart?.queue.cancel();
  headStart = undefined;
}
