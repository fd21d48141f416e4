// Build into a sibling temporary folder, then swap it in by renaming, so a failed build never touches
// the published output. Used by `npm run build`, the tests and the benchmark. One writer at a time
// (common/output-lock.ts): a second build waits for the first; `npm start` serving the folder stops
// a build with a message. A build killed part-way (SIGINT, SIGKILL) leaves the output as it was; its
// staging folder is removed by the next build.
import Eleventy from "@11ty/eleventy";
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";
import { acquireOutputLock, processAlive } from "../../common/output-lock.ts";
import { errorChain, findUserInputError } from "../../common/user-error.ts";
import { checkLinks, publicPath, type LinkCheckResult } from "../links/check-links.ts";
import { linkBuildProblems } from "../links/link-problems.ts";
import { ImportedFolders } from "../posts/imported-folders.ts";
import { POSTS_DIR } from "../posts/posts-folder.ts";
import { allowMissingScreenshots, cacheDirectory, SCREENSHOTS_DIR, stagingFolderOf } from "../site-paths.ts";
import { siteSettings } from "../site-settings.ts";
import { recordEleventyWrites } from "../eleventy/workarounds/settle-after-failure.ts";
import { attachBuildContext, BuildContext } from "./build-context.ts";
import { BuildProblemsError } from "./build-problems.ts";

const execFileAsync = promisify(execFile);

export interface BuildOptions {
  /** The folder to publish into (default _site). */
  output?: string;
  quiet?: boolean;
  /** This build's context, when the caller made it early (scripts/build.ts starts the image work before loading Eleventy). */
  build?: BuildContext;
  /** Show a placeholder and a warning for each missing screenshot, instead of failing (when no `build` is given). */
  allowMissingScreenshots?: boolean;
  /** Told once when this build waits for another build of the same output. */
  onWait?: (message: string) => void;
}

export interface BuildResult {
  pages: number;
  seconds: number;
  /** Every internal link, image and #anchor in the output was checked (site/links/check-links.ts). */
  links: LinkCheckResult;
  /** Problems that did not fail the build (an empty description, a missing screenshot allowed), for a person. */
  warnings?: string;
}

/** A build context for `npm run build` in this project's folders. */
export function createBuildContext(options: { allowMissingScreenshots?: boolean } = {}): BuildContext {
  return new BuildContext({ kind: "build", postsDir: POSTS_DIR, screenshotsDir: SCREENSHOTS_DIR, cacheDir: cacheDirectory(), allowMissingScreenshots: options.allowMissingScreenshots ?? allowMissingScreenshots() });
}

/**
 * What went wrong, for a person: our own input errors alone (they name file, field and value);
 * otherwise every distinct message in Eleventy's chain of wrapped errors.
 */
export function describeBuildError(error: unknown): string {
  const userError = findUserInputError(error);
  if (userError) return userError.message;
  const messages: string[] = [];
  for (const e of errorChain(error)) {
    const message = (e as { message?: string }).message;
    if (message && !messages.includes(message)) messages.push(message);
  }
  return messages.join("\n  caused by: ");
}

/**
 * Delete a folder tree. The system's `rm -rf` where there is one: on a 1,000-post site (9,000 files)
 * it took 0.3 s against 0.7 s for Node's recursive fs.rm, and every rebuild deletes the last output.
 */
async function removeTree(folder: string): Promise<void> {
  try {
    await execFileAsync("rm", ["-rf", "--", folder]);
  } catch {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Delete a replaced output without waiting for it: the new output is already in place. Deleting is
 * bound by the disk, not the CPU: a 10,000-post output (124,000 files and links) took 45 to 90 s to
 * delete on a busy machine, all of it time a build used to wait. A detached `rm` does it after the
 * build has exited, holding an flock(1) lock on the folder, so a later build that finds the folder
 * (removeLeftovers) starts a second remover only if the first has gone (killed, or the machine
 * restarted). Without flock or rm, Node deletes it before the build exits.
 */
function removeInBackground(folder: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn("flock", ["--nonblock", folder, "rm", "-rf", "--", folder], { detached: true, stdio: "ignore" });
    child.once("spawn", () => {
      child.unref();
      resolve();
    });
    child.once("error", () => void rm(folder, { recursive: true, force: true }).catch(() => {}).then(() => resolve()));
  });
}

/**
 * Staging and previous-output folders left by builds whose process is gone (killed part-way), and
 * replaced outputs still to be deleted (removeInBackground).
 */
async function removeLeftovers(output: string): Promise<void> {
  const folder = path.dirname(output);
  const prefix = `${path.basename(output)}.`;
  for (const name of await readdir(folder)) {
    const m = name.startsWith(prefix) ? /^(building|previous|replaced)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m || processAlive(Number(m[2]))) continue;
    if (m[1] === "replaced") await removeInBackground(path.join(folder, name));
    else await removeTree(path.join(folder, name));
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const output = path.resolve(options.output ?? "_site");
  await mkdir(path.dirname(output), { recursive: true });
  let release: () => void;
  try {
    release = await acquireOutputLock(output, "build", { onWait: options.onWait });
  } catch (error) {
    await options.build?.stop();
    throw error;
  }
  try {
    return await buildWithLock(output, options);
  } finally {
    release();
  }
}

async function buildWithLock(output: string, options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const build = options.build ?? createBuildContext({ allowMissingScreenshots: options.allowMissingScreenshots });
  const staging = stagingFolderOf(output);
  const previous = `${output}.previous-${process.pid}`;
  await removeLeftovers(output);
  await rm(staging, { recursive: true, force: true });
  // What Eleventy started writing into the staging folder, once it has been made (below).
  let eleventyWrites: () => Promise<void> = async () => {};
  const fail = async (error: unknown): Promise<never> => {
    // The build's own error is the one printed, whatever happens while cleaning up after it.
    const message = describeBuildError(error);
    // Nothing of this build may still be writing into the staging folder when it is deleted: the
    // thumbnail queue is cancelled and what it had started is awaited, as are the search index and
    // the pages Eleventy goes on writing after its first error (workarounds/settle-after-failure.ts).
    await Promise.all([build.stop(), eleventyWrites()]);
    let leftover = "";
    try {
      await removeTree(staging);
      if (existsSync(staging)) throw new Error("it is still there after rm -rf");
    } catch (cleanupError) {
      leftover = `\n\n(Also, the unfinished build in ${staging} could not be deleted: ${(cleanupError as Error).message.split("\n")[0]}. The next build deletes it.)`;
    }
    throw new Error(message + leftover);
  };
  let results: unknown[] = [];
  try {
    const eleventy = new Eleventy("content", staging, {
      configPath: "eleventy.config.ts",
      quietMode: options.quiet ?? true,
      // Runs before the config file, on the object it receives: the config finds this build's context there.
      config: (eleventyConfig: object) => attachBuildContext(eleventyConfig, build),
    });
    // Eleventy prints every error with its wrapped stack traces; we print one clear message instead
    // (describeBuildError), so its error channel is muted and the rest passes through.
    eleventy.logger.overrideLogger({ ...console, log: console.log, warn: console.warn, error: () => {} });
    // init() is what write() would run first; run here, it gives the writer to record.
    await eleventy.init();
    eleventyWrites = recordEleventyWrites(eleventy);
    results = (await eleventy.write()) as unknown[];
  } catch (error) {
    // Problems collected before Eleventy stopped are part of the story: print them with its error.
    if (build.problems.errors.length && !findUserInputError(error)) build.problems.error({ file: "(build)", message: describeBuildError(error) });
    await fail(build.problems.errors.length ? new BuildProblemsError(build.problems.errors) : error);
  }
  // A broken internal link fails the build like a broken post: the published output stays as it was.
  // Pages were read as they were rendered (links-plugin); the rest (CSS) is read, and links are
  // resolved, once Pagefind (its own process, started after the pages were written) has finished.
  let links!: LinkCheckResult;
  try {
    const site = siteSettings();
    links = await checkLinks({ outputDir: staging, pathPrefix: site.pathPrefix, siteUrl: site.url, whileWriting: build.searchIndexing, alreadyRead: build.linkReferences });
    if (links.problems.length) {
      // A broken link in a post imported from another history was published there too: a warning.
      const imported = new ImportedFolders(POSTS_DIR);
      for (const problem of linkBuildProblems(links.problems, pageSources(results, staging, site.pathPrefix), site.pathPrefix)) {
        if (imported.has(problem.file)) build.problems.warn({ ...problem, message: `${problem.message}; published anyway, as the history it came from published it` });
        else build.problems.error(problem);
      }
    }
    // Every post's front matter, screenshot, render and link problems, together.
    build.problems.throwIfAny();
  } catch (error) {
    await fail(error);
  }
  // Swap: two renames; the old output is removed only once the new one is in place, and in the
  // background (removeInBackground): renamed "replaced" first, so a build killed between the two
  // renames leaves a "previous" folder the next build deletes, never one that is half gone.
  let hadPrevious = true;
  try {
    await rename(output, previous);
  } catch {
    hadPrevious = false;
  }
  await rename(staging, output);
  if (hadPrevious) {
    const replaced = `${output}.replaced-${process.pid}`;
    await rename(previous, replaced);
    await removeInBackground(replaced);
  }
  const pages = Array.isArray(results) ? results.flat(Infinity).length : 0;
  return { pages, seconds: (performance.now() - started) / 1000, links, warnings: build.problems.describeWarnings() };
}

/**
 * Which file each written page came from, by the page's public path (as the link check names pages).
 * A service's listing page is made from its folder's data file (its title, description and related
 * links), so that is the file named, not the template that lays every listing out.
 */
function pageSources(results: unknown[], outputDir: string, pathPrefix: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const result of (Array.isArray(results) ? results.flat(Infinity) : []) as { inputPath?: string; outputPath?: string | false }[]) {
    if (!result?.inputPath || typeof result.outputPath !== "string") continue;
    const page = publicPath(path.relative(outputDir, result.outputPath), pathPrefix);
    let source = path.relative(process.cwd(), path.resolve(result.inputPath));
    if (source === SERVICE_LISTING_TEMPLATE) {
      const service = page.slice(pathPrefix.length).split("/")[0]!;
      const dataFile = path.join(POSTS_DIR, service, `${service}.11tydata.json`);
      if (existsSync(dataFile)) source = dataFile;
    }
    sources.set(page, source);
  }
  return sources;
}

const SERVICE_LISTING_TEMPLATE = path.join("content", "services", "service.njk");
