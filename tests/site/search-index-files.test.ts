// The search index's files: written whole (Pagefind 1.5.2's own writeFiles could leave
// pagefind-entry.json empty), a damaged kept index is made again rather than published, and writing a
// new index into an output folder linked to the kept one leaves the kept one as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedSearchIndex, keptIndexFolder, writeSearchIndex } from "../../site/eleventy/search-plugin.ts";
import { fingerprintFolder } from "../helpers/fixture-project.ts";

let dir: string;
const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
function site(name: string, pages: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), html);
  }
  return root;
}
const entry = (folder: string) => JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8"));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-search-files-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the search index's files", () => {
  it("are written whole: the entry file names the pages Pagefind indexed", async () => {
    const out = site("whole", { "a/index.html": page("Funding", "Scholarship funding for teachers."), "b/index.html": page("Headship", "Early headship support.") });
    const result = await writeSearchIndex(out);
    expect(result.pages).toBe(2);
    expect(entry(path.join(out, "pagefind")).languages.en.page_count).toBe(2);
  });

  it("kept in the cache are made again when damaged, not published", async () => {
    const cache = path.join(dir, "cache-damaged");
    const pages = { "a/index.html": page("Funding", "Scholarship funding for teachers.") };
    const out = site("damaged", pages);
    const kept = path.join(keptIndexFolder(cache, out), "key");
    const first = await cachedSearchIndex(out, cache, "key");
    expect(first.reused).toBeUndefined();
    // As an interrupted Pagefind left it: an empty entry file (a new file, so the output keeps its own).
    rmSync(path.join(kept, "pagefind-entry.json"));
    writeFileSync(path.join(kept, "pagefind-entry.json"), "");

    const result = await cachedSearchIndex(site("damaged", pages), cache, "key");
    expect(result.reused).toBeUndefined();
    expect(result.pages).toBe(1);
    expect(entry(path.join(out, "pagefind")).languages.en.page_count).toBe(1);
    expect(entry(kept).languages.en.page_count).toBe(1);

    const third = await cachedSearchIndex(site("damaged", pages), cache, "key");
    expect(third.reused).toBeGreaterThan(5);
  });

  it("kept in the cache are only those Pagefind made, not others left in the output's folder", async () => {
    const cache = path.join(dir, "cache-stale");
    const out = site("stale", { "a/index.html": page("Funding", "Scholarship funding for teachers."), "pagefind/fragment/en_0000000.pf_fragment": "from an earlier build" });
    const result = await cachedSearchIndex(out, cache, "key");
    const kept = [...fingerprintFolder(path.join(keptIndexFolder(cache, out), "key")).keys()];
    expect(kept).toContain("pagefind-entry.json");
    expect(kept).not.toContain(path.join("fragment", "en_0000000.pf_fragment"));
    expect(result.pages).toBe(1);
  });

  it("kept for one output folder are left alone when another output folder keeps its own", async () => {
    const cache = path.join(dir, "cache-two-sites");
    const one = site("site-one", { "a/index.html": page("Funding", "Scholarship funding for teachers.") });
    const two = site("site-two", { "a/index.html": page("Headship", "Early headship support.") });
    await cachedSearchIndex(one, cache, "key-one");
    await cachedSearchIndex(two, cache, "key-two");
    // Each site's next build reuses its own index: neither evicted the other's (as parallel test files did).
    expect((await cachedSearchIndex(one, cache, "key-one")).reused).toBeGreaterThan(5);
    expect((await cachedSearchIndex(two, cache, "key-two")).reused).toBeGreaterThan(5);
    // A build into the staging folder of `npm run build` keeps and finds the published folder's index.
    expect(keptIndexFolder(cache, `${one}.building-4242`)).toBe(keptIndexFolder(cache, one));
  });

  it("written over an output linked to the kept index leave the kept index as it was", async () => {
    const cache = path.join(dir, "cache-linked");
    const out = site("linked", { "a/index.html": page("Funding", "Scholarship funding for teachers.") });
    await cachedSearchIndex(out, cache, "key");
    const kept = path.join(keptIndexFolder(cache, out), "key");
    const before = fingerprintFolder(kept);
    const outputBefore = fingerprintFolder(path.join(out, "pagefind"));

    // As under `npm start`: a page changes, and Pagefind writes into the same output folder.
    writeFileSync(path.join(out, "b.html"), page("Headship", "Early headship support."));
    await writeSearchIndex(out);
    expect(fingerprintFolder(path.join(out, "pagefind"))).not.toEqual(outputBefore);
    expect(fingerprintFolder(kept)).toEqual(before);
  });

  it("written over an output whose index file of the same name was left empty replace it", async () => {
    const out = site("left-empty", { "a/index.html": page("Funding", "Scholarship funding for teachers.") });
    await writeSearchIndex(out);
    const meta = readdirSync(path.join(out, "pagefind")).find((name) => name.endsWith(".pf_meta"))!;
    const whole = readFileSync(path.join(out, "pagefind", meta));
    writeFileSync(path.join(out, "pagefind", meta), "");
    await writeSearchIndex(out);
    expect(readFileSync(path.join(out, "pagefind", meta))).toEqual(whole);
  });
});
