// One build's shared state, made by whoever starts the build and handed to the plugins that need it
// (eleventy.config.ts: addPlugin(plugin, { build })), in place of switches kept in modules:
// - the image work (scan and thumbnail queue), which `npm run build` starts before it loads Eleventy;
// - the problems found in posts, collected across the whole build and reported together;
// - the pages' links, read as pages are written, for the link check after the build;
// - the search index job, which the link check waits for.
// `npm run build` (site/build/build-site.ts) attaches its context to the Eleventy instance it makes;
// under `npm start` Eleventy's own command loads the config, which then makes a context of its own.
// Nothing here imports Eleventy: scripts/build.ts makes the context before Eleventy is loaded.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PageReferences } from "../links/html-references.ts";
import { postUrlFromPath } from "../posts/posts-folder.ts";
import { startScreenshotWork, type ScreenshotWork } from "../screenshots/image-work.ts";
import type { ScreenshotFile } from "../screenshots/screenshot-library.ts";
import { BuildProblems, BuildProblemsError } from "./build-problems.ts";

export interface BuildContextOptions {
  /** "build": one build, published by build-site.ts; "serve": `npm start`, rebuilt on every save. */
  kind: "build" | "serve";
  postsDir: string;
  screenshotsDir: string;
  cacheDir: string;
  /** Build with a placeholder and a warning for each missing screenshot, instead of failing. */
  allowMissingScreenshots?: boolean;
}

export interface SearchIndexJob {
  pages: number;
  seconds: number;
  reused?: number;
}

export class BuildContext {
  readonly kind: "build" | "serve";
  readonly postsDir: string;
  readonly screenshotsDir: string;
  readonly cacheDir: string;
  readonly allowMissingScreenshots: boolean;
  readonly problems = new BuildProblems();
  /** Each written page's references (output-relative path): filled while rendering, for `npm run build` only. */
  readonly linkReferences: Map<string, PageReferences> | undefined;
  /** The search index of this build, once Eleventy has written the pages (`npm run build` only). */
  searchIndexing: Promise<SearchIndexJob> | undefined;
  #imageWork: ScreenshotWork | undefined;
  #current: ScreenshotWork | undefined;
  #tracked = new Set<Promise<unknown>>();
  #stopped = false;

  constructor(options: BuildContextOptions) {
    this.kind = options.kind;
    this.postsDir = options.postsDir;
    this.screenshotsDir = options.screenshotsDir;
    this.cacheDir = options.cacheDir;
    this.allowMissingScreenshots = options.allowMissingScreenshots ?? false;
    this.linkReferences = options.kind === "build" ? new Map() : undefined;
  }

  /**
   * The image work of the next build: the one already started (before Eleventy loaded, or by the
   * last call), or a new one. `previous` is the last build's scan under `npm start`.
   */
  startImageWork(previous?: ReadonlyMap<string, ScreenshotFile>): ScreenshotWork {
    if (!this.#imageWork) {
      const folders = postFolders(this.postsDir);
      this.#imageWork = startScreenshotWork(this.screenshotsDir, this.cacheDir, previous, (key) => folders.has(path.posix.dirname(key)));
    }
    return this.#imageWork;
  }

  /** Hand the started image work to the build that uses it; the next build starts its own. */
  takeImageWork(previous?: ReadonlyMap<string, ScreenshotFile>): ScreenshotWork {
    const work = this.startImageWork(previous);
    this.#imageWork = undefined;
    this.#current = work;
    return work;
  }

  /** Whether the build has failed and is being cleaned up: nothing may be written into its output any more. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Work a plugin does after the pages are written (publishing files into the output), awaited by stop(). */
  track(work: Promise<unknown>): void {
    this.#tracked.add(work);
    work.then(
      () => this.#tracked.delete(work),
      () => this.#tracked.delete(work),
    );
  }

  /**
   * The end of a build under `npm start`: print its warnings, and fail it (Eleventy prints the error
   * and keeps serving) when it found problems, which are then forgotten for the next build.
   */
  endServeBuild(): void {
    if (this.kind !== "serve") return;
    const warnings = this.problems.describeWarnings();
    const errors = [...this.problems.errors];
    this.problems.reset();
    if (warnings) console.warn(warnings);
    if (errors.length) throw new BuildProblemsError(errors);
  }

  /**
   * Stop what this build started, after a failure: queued thumbnails are dropped, and what was being
   * encoded or published, and the search index, are awaited, so nothing writes into a folder the
   * caller is about to delete.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    const running = [this.#current, this.#imageWork].filter((w): w is ScreenshotWork => w !== undefined);
    this.#imageWork = undefined;
    for (const w of running) w.queue.cancel();
    await Promise.allSettled([...running.map((w) => w.queue.settled()), ...this.#tracked, this.searchIndexing ?? Promise.resolve()]);
  }
}

/**
 * The folders of screenshots/ that posts' own files are in (screenshots/ mirrors the site's
 * addresses: the post at /a/b/ keeps its files in screenshots/a/b/). Listing the posts takes a few
 * milliseconds, and lets the image work start on the files pages will show before any page renders.
 */
function postFolders(postsDir: string): Set<string> {
  let entries: { name: string; parentPath: string; isFile(): boolean }[];
  try {
    entries = readdirSync(postsDir, { recursive: true, withFileTypes: true });
  } catch {
    return new Set();
  }
  const folders = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    folders.add(postUrlFromPath(path.relative(postsDir, path.join(entry.parentPath, entry.name))).replace(/^\/|\/$/g, ""));
  }
  return folders;
}

const contexts = new WeakMap<object, BuildContext>();

/** Give an Eleventy configuration (the object its config file receives) this build's context. */
export function attachBuildContext(eleventyConfig: object, context: BuildContext): void {
  contexts.set(eleventyConfig, context);
}

/** The context a build attached to this configuration, or a new `npm start` one. */
export function buildContextOf(eleventyConfig: object, defaults: Omit<BuildContextOptions, "kind">): BuildContext {
  let context = contexts.get(eleventyConfig);
  if (!context) contexts.set(eleventyConfig, (context = new BuildContext({ ...defaults, kind: "serve" })));
  return context;
}
