// Eleventy plugin: global data `provenance` (generator, commit, build time, rule set and source
// document hashes) for the footer of every page, /provenance/ and /provenance.json; the source
// documents themselves, published at /sources/ (each file byte for byte, and a page for each, from
// `sourceDocuments`); and the `citation` filter, which links a citation of one to its page.
// Computed once per build, so every page of one build names the same commit and time. Imported when
// the build first asks for it, not when the configuration loads (it imports the rules; see rules-plugin.ts).
import path from "node:path";
import { POSTS_DIR, topLevelPostUrls } from "../posts/posts-folder.ts";
import type { Provenance } from "../provenance/provenance.ts";
import { citationLinks } from "../provenance/citation-links.ts";
import { deepFreeze } from "../../common/deep-freeze.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

export default function provenancePlugin(eleventyConfig: any, { root = path.resolve(import.meta.dirname, "../..") }: { root?: string } = {}) {
  const collect = () =>
    import("../provenance/provenance.ts").then(async (m) => deepFreeze(m.collectProvenance(root, process.env, await m.commitInfoAsync(root))));
  let cached: Promise<Provenance> | undefined;
  /** The top-level posts of this build, by address (read once a build, when a citation first asks). */
  let postUrls: Set<string> | undefined;
  const published = (url: string) => (postUrls ??= topLevelPostUrls(path.join(root, POSTS_DIR))).has(url);
  eleventyConfig.on("eleventy.before", () => {
    postUrls = undefined;
    // Each build (e.g. each save under --serve) gets a fresh commit and time; git starts now and runs
    // beside the rest of the build's start.
    cached = collect();
    cached.catch(() => {}); // reported when the pages ask for it
  });
  eleventyConfig.addGlobalData("provenance", () => (cached ??= collect()));

  // The seeds, byte for byte, so `sha256sum` of a downloaded copy can be compared with /provenance/.
  eleventyConfig.addPassthroughCopy({ sources: "sources" });
  eleventyConfig.addGlobalData("sourceDocuments", () => import("../provenance/source-pages.ts").then((m) => deepFreeze(m.sourceDocumentPages(root))));
  addSiteFilter(eleventyConfig, "citation", (source: Parameters<typeof citationLinks>[0]) => citationLinks(source, published));
}
