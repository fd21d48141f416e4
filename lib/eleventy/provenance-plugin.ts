// Eleventy plugin: global data `provenance` (generator, commit, build time, rule set and source
// document hashes) for the footer of every page, /provenance/ and /provenance.json.
// Computed once per build, so every page of one build names the same commit and time. Imported when
// the build first asks for it, not when the configuration loads (it imports the rules; see rules-plugin.ts).
import path from "node:path";
import type { Provenance } from "../provenance/provenance.ts";
import { deepFreeze } from "../util/deep-freeze.ts";

export default function provenancePlugin(eleventyConfig: any, { root = path.resolve(import.meta.dirname, "../..") }: { root?: string } = {}) {
  let cached: Promise<Provenance> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    cached = undefined; // a new build (e.g. under --serve) gets a fresh commit and time
  });
  eleventyConfig.addGlobalData("provenance", () => (cached ??= import("../provenance/provenance.ts").then((m) => deepFreeze(m.collectProvenance(root)))));
}
