// Eleventy plugin: global data `provenance` (generator, commit, build time, rule set and source
// document hashes) for the footer of every page, /provenance/ and /provenance.json.
// Computed once per build, so every page of one build names the same commit and time.
import { deepFreeze } from "../util/deep-freeze.ts";
import { collectProvenance, PROJECT_ROOT } from "../provenance/provenance.ts";

export default function provenancePlugin(eleventyConfig: any, { root = PROJECT_ROOT }: { root?: string } = {}) {
  let cached: ReturnType<typeof collectProvenance> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    cached = undefined; // a new build (e.g. under --serve) gets a fresh commit and time
  });
  eleventyConfig.addGlobalData("provenance", () => (cached ??= deepFreeze(collectProvenance(root))));
}
