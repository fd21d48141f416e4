// Eleventy plugin: search. After Eleventy writes the site, Pagefind indexes every HTML page in the
// output folder (whatever plugins made it) and writes its index and UI into <output>/pagefind/, so
// the build-then-swap publishes the index with the pages. `npm run build` runs it alongside the link
// check (the build's context holds the job); Pagefind is its own process, so the two share the machine's two cores.
// When no searchable page changed since the last build, the last index is reused (cachedSearchIndex).
// Under `npm start`, a rebuild indexes in the background, so the browser reloads without waiting for it.
// Pages opt out with `search: false` in their data: the base layout then leaves out
// data-pagefind-body, and Pagefind skips pages without it.
// Docs: https://pagefind.app/docs/node-api/
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { BuildContext } from "../build/build-context.ts";
import { workaroundOn } from "./workarounds/switches.ts";
import { publishedFolderOf } from "../site-paths.ts";
import { plural } from "../../common/plural.ts";
import { publishFile } from "../../common/publish-file.ts";
import { writeAtomicallySync } from "../../common/write-atomically.ts";
import { writtenDocument } from "./written-document.ts";

// pagefind's package.json is not in its exports: found from its entry point (lib/index.js).
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }).version;

export interface SearchIndexResult {
  pages: number;
  seconds: number;
  /** Files of a kept index linked into the output instead of running Pagefind (nothing searchable changed). */
  reused?: number;
}

/**
 * Index the output folder and write the index into <output>/pagefind/ (workaround
 * "pagefind-own-writes", site/eleventy/workarounds/switches.ts).
 *
 * The files come from Pagefind's getFiles() and are written here, not by its writeFiles(): Pagefind
 * 1.5.2 answers writeFiles before it has finished writing (pagefind-entry.json was sometimes still
 * empty when the answer came, about one run in fifteen on a busy machine), and closing Pagefind then
 * stops it mid-write, which left a search page that found nothing. A file already in the output is
 * written to a new name and renamed into place, so one linked from the kept index (cachedSearchIndex)
 * is replaced, never rewritten through the link.
 */
export async function writeSearchIndex(outputDir: string): Promise<SearchIndexResult & { files: string[] }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ ...INDEX_OPTIONS });
  let files: { path: string; content: Uint8Array }[];
  let pages: number;
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    pages = added.page_count;
    if (!workaroundOn("pagefind-own-writes")) {
      // Pagefind writes its own files (what the workaround avoids: see the comment above).
      const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      const listed = readdirSync(path.join(outputDir, "pagefind"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      return { pages, seconds: (performance.now() - started) / 1000, files: listed.map((e) => path.relative(path.join(outputDir, "pagefind"), path.join(e.parentPath, e.name))) };
    }
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not make its index: ${got.errors.join("; ")}`);
    files = got.files;
  } finally {
    await pagefind.close();
  }
  const folder = path.join(outputDir, "pagefind");
  const madeDirs = new Set<string>();
  for (const file of files) {
    const target = path.join(folder, file.path);
    const dir = path.dirname(target);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true }), madeDirs.add(dir);
    const size = sizeOf(target);
    // Pagefind names its index files (.pf_fragment, .pf_index, .pf_meta, .pf_filter) by a hash of
    // their content, so one already there by that name and size is this one. Under `npm start` a
    // save changes a few of the 1,000 fragments; writing all of them again took 0.8 s after every save.
    if (size === file.content.length && /\.pf_[a-z]+$/.test(file.path)) continue;
    // Written synchronously: alone, a thousand small files took 64 ms in a loop against 140 ms as
    // queued writes (which also share the thread pool with the link check's reads). A file already
    // there may be a link to the kept index: replaced, not written through.
    if (size === undefined) writeFileSync(target, file.content);
    else writeAtomicallySync(target, file.content);
  }
  if (!isSearchIndex(folder)) throw new Error(`Pagefind's index in ${folder} has no readable pagefind-entry.json after writing; run the build again`);
  return { pages, seconds: (performance.now() - started) / 1000, files: files.map((file) => file.path) };
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Whether a folder holds a Pagefind index whose entry file (what the search page reads first) is whole. */
function isSearchIndex(folder: string): boolean {
  try {
    const entry = JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")) as { languages?: unknown };
    return typeof entry.languages === "object" && entry.languages !== null;
  } catch {
    return false;
  }
}

/**
 * Reusing the last index when no searchable page changed. Pagefind reads only what a page has before
 * its footer (the footer carries the build time and is outside data-pagefind-body), and skips pages
 * without data-pagefind-body; so the index is a function of Pagefind's version and options and of
 * those parts of those pages. A build hashes them as it renders (a transform), and after the build
 * either links the index kept under that key in the cache, or runs Pagefind and keeps its output.
 * Only full builds do this: an incremental rebuild under `npm start` sees only the pages it renders.
 */
const INDEX_OPTIONS = { forceLanguage: "en" } as const;
const FOOTER = '<footer class="govuk-template__footer"';

function searchIndexKey(pageDigests: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256").update(JSON.stringify({ pagefind: PAGEFIND_VERSION, options: INDEX_OPTIONS }));
  for (const file of [...pageDigests.keys()].sort()) hash.update(`${file}\0${pageDigests.get(file)}\n`);
  return hash.digest("hex").slice(0, 24);
}

/**
 * Hard-link the files of one folder tree into another (a copy where links are not possible): all of
 * them, or those named (paths relative to `from`).
 */
function linkTree(from: string, to: string, only?: readonly string[]): number {
  const names = only ?? readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  const madeDirs = new Set<string>();
  for (const name of names) publishFile(path.join(from, name), path.join(to, name), madeDirs);
  return names.length;
}

/**
 * Where the kept index of one output folder lives. Each output folder has its own, so builds of two
 * sites (or of one site into two folders: the tests run several at once) sharing a cache never
 * replace each other's kept index, nor delete it while the other is linking from it. `npm run build`
 * renders into a staging folder (site-paths.ts stagingFolderOf): the published folder is the key.
 */
export function keptIndexFolder(cacheDir: string, outputDir: string): string {
  const published = publishedFolderOf(path.resolve(outputDir));
  return path.join(cacheDir, "search-index", createHash("sha256").update(published).digest("hex").slice(0, 16));
}

/**
 * Link the index kept under `key` into the output, or run Pagefind and keep its index under `key`.
 * A kept index is checked before it is linked: one damaged by an earlier Pagefind (see
 * writeSearchIndex) is made again rather than published. So is one that another build replaced while
 * this one was linking it (parallel builds share the cache).
 */
export async function cachedSearchIndex(outputDir: string, cacheDir: string, key: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const folder = keptIndexFolder(cacheDir, outputDir);
  const kept = path.join(folder, key);
  if (isSearchIndex(kept)) {
    try {
      const files = linkTree(kept, path.join(outputDir, "pagefind"));
      return { pages: 0, seconds: (performance.now() - started) / 1000, reused: files };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  const { files, ...result } = await writeSearchIndex(outputDir);
  // Keep this index (and only this one for this output: an older key will not come back unless its
  // pages do). Only the files Pagefind made are kept, not others an earlier build left in the output.
  rmSync(folder, { recursive: true, force: true });
  const partial = `${kept}.${process.pid}.partial`;
  linkTree(path.join(outputDir, "pagefind"), partial, files);
  try {
    renameSync(partial, kept);
  } catch (error) {
    // Another build kept the same pages' index first: keep that one.
    if (!["ENOTEMPTY", "EEXIST"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  return result;
}

const report = (result: SearchIndexResult) =>
  console.log(
    result.reused !== undefined
      ? `[search] no searchable page changed: the last Pagefind index was reused (${plural(result.reused, "file")}, ${result.seconds.toFixed(2)} s)`
      : `[search] Pagefind indexed ${plural(result.pages, "page")} in ${result.seconds.toFixed(2)} s`,
  );

export interface SearchPluginOptions {
  build: BuildContext;
  /** Where the last index is kept for reuse; without it, every build runs Pagefind. */
  cacheDir?: string;
}

export default function searchPlugin(eleventyConfig: any, options: SearchPluginOptions) {
  eleventyConfig.addPassthroughCopy({ "assets/search.js": "assets/search.js", "assets/search.css": "assets/search.css" });

  let builds = 0;
  let pageDigests: Map<string, string> | undefined;
  let outputDir = "";
  let rebuildUnderServer = false;
  // Under `npm start`, each rebuild's index follows the last one's: two Pagefind runs never write at once.
  let lastIndexing: Promise<unknown> = Promise.resolve();
  type BuildEvent = { directories: { output: string }; incremental?: boolean; runMode?: string };
  eleventyConfig.on("eleventy.before", ({ directories, incremental, runMode }: BuildEvent) => {
    const full = !(incremental && builds > 0);
    rebuildUnderServer = builds > 0 && (runMode === "serve" || runMode === "watch");
    builds++;
    outputDir = directories.output;
    pageDigests = full && options.cacheDir ? new Map() : undefined;
  });
  eleventyConfig.addTransform("search-index-key", function (this: any, content: unknown) {
    // Whole pages only, and only searchable ones.
    const written = pageDigests && writtenDocument(outputDir, this.page?.outputPath, content);
    if (written?.file.endsWith(".html") && written.text.includes("data-pagefind-body")) {
      const end = written.text.indexOf(FOOTER);
      pageDigests!.set(written.file, createHash("sha1").update(end === -1 ? written.text : written.text.slice(0, end)).digest("hex"));
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const digests = pageDigests;
    pageDigests = undefined;
    const index = () =>
      (digests && options.cacheDir && workaroundOn("search-index-reuse") ? cachedSearchIndex(directories.output, options.cacheDir, searchIndexKey(digests)) : writeSearchIndex(directories.output)).then(
        (result) => (report(result), result),
      );
    if (rebuildUnderServer) {
      // A rebuild under `npm start` does not wait for Pagefind (1.5 s on 1,000 posts): Eleventy tells
      // the browser to reload when this handler returns, and the edited page should not wait for the
      // search index. Search finds the edit a moment later; a failure is printed, the server goes on.
      lastIndexing = lastIndexing.then(index).catch((error) => console.error(`[search] the search index was not updated: ${(error as Error).message}`));
      return;
    }
    const indexing = index();
    if (options.build.kind === "build") {
      // `npm run build` does not wait here: the link check reads the pages while Pagefind (its own
      // process, on the other core) indexes them, and waits for the index before it lists the output.
      indexing.catch(() => {}); // build-site.ts awaits it and reports its error
      options.build.searchIndexing = indexing;
      return;
    }
    await indexing;
  });
}
