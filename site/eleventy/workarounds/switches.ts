// Every measure this site takes against Eleventy's (or Pagefind's) own behaviour, in one list, each
// with why, what it measured, and a switch: NPQ_WORKAROUNDS_OFF=name,name (or "all") turns them off,
// to measure one again (`npm run bench` with it off) or to see whether a newer Eleventy still needs
// it. tests/site/eleventy/workarounds.test.ts shows, for each, that the pinned Eleventy still behaves
// as the reason says (with the switch off) and that the measure does what it says (with it on).

export const WORKAROUND_NAMES = [
  "path-memo",
  "reads-no-collection",
  "post-tags",
  "nunjucks-only-filters",
  "posts-own-nunjucks",
  "nunjucks-error-lines",
  "thumbnails-on-worker",
  "search-index-reuse",
  "pagefind-own-writes",
  "settle-after-failure",
  "watcher-rereads",
] as const;

export type WorkaroundName = (typeof WORKAROUND_NAMES)[number];

export interface Workaround {
  name: WorkaroundName;
  /** What Eleventy (or Pagefind) does that costs or breaks, and what the site does instead. */
  reason: string;
  /** What it measured, and how. */
  effect: string;
  /** Where it lives. */
  file: string;
}

export const WORKAROUNDS: readonly Workaround[] = [
  {
    name: "path-memo",
    reason: "Eleventy normalizes the same paths again for every post on every save under `npm start`; TemplatePath.normalize is pure, so its answers are remembered",
    effect: "81 ms of each edit to 28 ms on the 1,000-post corpus (CPU profile of 9 edits)",
    file: "site/eleventy/workarounds/path-memo.ts",
  },
  {
    name: "reads-no-collection",
    reason: "under --incremental, Eleventy re-renders every template that imports no collection when a page paginating a custom collection changes; pages made from global data import one nobody publishes to",
    effect: "about 0.25 s of every edit under `npm start` (the 68 rules and catalogue pages not rendered again)",
    file: "site/eleventy/workarounds/reads-no-collection.ts",
  },
  {
    name: "post-tags",
    reason: "Eleventy makes, orders and matches a collection for every value of `tags`, which the site never reads; posts' tags reach the templates as `postTags`",
    effect: "about 50 ms of each edit with 1,000 posts (A/B, 39 edits each way)",
    file: "site/eleventy/workarounds/post-tags.ts",
  },
  {
    name: "nunjucks-only-filters",
    reason: "a universal filter is also one of Eleventy's JavaScript functions, copied into a new object for each permalink or computed call; the site's filters are Nunjucks filters",
    effect: "46 ms of every rebuild under `npm start` with 1,000 posts (past 16 functions the copy leaves V8's fast path)",
    file: "site/eleventy/workarounds/nunjucks-only-filters.ts",
  },
  {
    name: "posts-own-nunjucks",
    reason: "Eleventy stops the whole build at the first post whose Nunjucks fails; posts skip Eleventy's Nunjucks pass and the posts' library renders it, reporting each failure and going on",
    effect: "every post's problems in one run instead of one post per build; a post without Nunjucks syntax skips the lexer (about 0.5 ms a post)",
    file: "site/posts/post-renderer.ts",
  },
  {
    name: "nunjucks-error-lines",
    reason: "Nunjucks records a template's line at run time only when a call starts, and an error gets it only in the template's own try/catch: an error in a filter had the last call's line or none, and after a post imports a macro its errors had the imported template's place; every call and filter also writes its line on the environment under the template's name, read back after a failure",
    effect: "a post's failing filter or call named at its own line, also after an import or inside another file's macro (tests/site/posts/post-renderer.test.ts); no difference measurable in rendering: 50 renders of 6,000 filter calls took 0.4 to 1.2 s either way (three runs each, loaded 2-core machine)",
    file: "site/eleventy/workarounds/nunjucks-error-lines.ts",
  },
  {
    name: "thumbnails-on-worker",
    reason: "each original's raw pixels count towards V8's external memory on Eleventy's thread and set off full collections of the site's heap; thumbnails are encoded on a worker thread, which loads tsx itself (workers do not inherit the loader)",
    effect: "53 full collections to 4 on the 150-post corpus (--trace-gc); image work 1.09-1.29 to 1.02-1.07 of bare sharp",
    file: "site/screenshots/encode-worker.ts",
  },
  {
    name: "search-index-reuse",
    reason: "Pagefind indexes every page on every build; the index depends only on searchable pages' HTML before the footer, so it is kept and linked in when none changed",
    effect: "Pagefind's run (about 1.5 s on 1,000 posts) left out of a warm build",
    file: "site/eleventy/search-plugin.ts",
  },
  {
    name: "pagefind-own-writes",
    reason: "Pagefind 1.5.2 answers writeFiles() before it has finished writing, and closing it then leaves files empty; the build writes getFiles()' files itself",
    effect: "an empty pagefind-entry.json in 1 run of 15 on a loaded machine before; none since",
    file: "site/eleventy/search-plugin.ts",
  },
  {
    name: "settle-after-failure",
    reason: "Eleventy's write() rejects at the first failing page while it goes on writing the other pages and copying files into the output; a failed build waits for all of that before it deletes its staging folder",
    effect: "a page failing in its layout left `_site.building-NNNN/` behind (pages written after it was deleted) in 5 of 10 fixture builds with it off, in none of 20 with it on",
    file: "site/eleventy/workarounds/settle-after-failure.ts",
  },
  {
    name: "watcher-rereads",
    reason: "under `npm start`, Eleventy's watcher (chokidar 4) reads a folder again and lstats every entry on every event in it, a save included; the read is skipped when the folder's names (listed without stat) are those listed before its last read",
    effect: "the watcher's CPU per save of a post, 20 saves each way on a loaded 2-core machine, watched by Eleventy's own watcher class: 443 ms to 23 ms with 10,000 posts in the folder, 96 ms to 3.5 ms with 1,000",
    file: "site/eleventy/workarounds/watcher-rereads.ts",
  },
];

/** Whether a workaround is on (NPQ_WORKAROUNDS_OFF names those that are off, or "all"). */
export function workaroundOn(name: WorkaroundName, env: NodeJS.ProcessEnv = process.env): boolean {
  const off = (env.NPQ_WORKAROUNDS_OFF ?? "").split(",").map((s) => s.trim());
  return !off.includes("all") && !off.includes(name);
}
