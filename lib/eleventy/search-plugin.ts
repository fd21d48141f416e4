// Eleventy plugin: search. After Eleventy writes the site, Pagefind indexes every HTML page in the
// output folder (whatever plugins made it) and writes its index and UI into <output>/pagefind/, so
// the build-then-swap publishes the index with the pages. `npm run build` runs it alongside the link
// check (deferSearchIndex); Pagefind is its own process, so the two share the machine's two cores. Pages opt out with `search: false` in their
// data: the base layout then leaves out data-pagefind-body, and Pagefind skips pages without it.
// Docs: https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndexResult {
  pages: number;
  seconds: number;
}

export async function writeSearchIndex(outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

let deferring = false;
let deferred: Promise<SearchIndexResult> | undefined;

/**
 * For `npm run build` (lib/build/build-site.ts): the next build starts its search index but does not
 * wait for it, so the link check can read the pages while Pagefind (its own process, on the other
 * core) indexes them. Collect it with `deferredSearchIndex()`.
 */
export function deferSearchIndex(): void {
  deferring = true;
}

/** The search index the last deferred build started, once written; undefined if none was started. */
export function deferredSearchIndex(): Promise<SearchIndexResult> | undefined {
  const indexing = deferred;
  deferring = false;
  deferred = undefined;
  return indexing;
}

const report = (result: SearchIndexResult) => console.log(`[search] Pagefind indexed ${result.pages} pages in ${result.seconds.toFixed(2)} s`);

export default function searchPlugin(eleventyConfig: any) {
  eleventyConfig.addPassthroughCopy({ "assets/search.js": "assets/search.js", "assets/search.css": "assets/search.css" });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const indexing = writeSearchIndex(directories.output).then((result) => (report(result), result));
    if (deferring) {
      indexing.catch(() => {}); // the caller of deferredSearchIndex() receives the error
      deferred = indexing;
      return;
    }
    await indexing;
  });
}
