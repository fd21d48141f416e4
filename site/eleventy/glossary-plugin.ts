// Eleventy plugin: the glossary page's data (/glossary/, catalogue/glossary.ts) and the transform that
// links each term's first appearance on every other page to its entry (site/glossary/link-terms.ts).
// The glossary is imported when the first build starts, not when the configuration loads (see
// rules-plugin.ts). The transform runs after Eleventy's own HTML transform, which adds the path
// prefix to the page's links, so the glossary's address here carries the prefix itself.
import type { TermLinker } from "../glossary/link-terms.ts";
import { glossaryView, GLOSSARY_URL, type GlossaryView } from "../views/glossary-view.ts";
import { deepFreeze } from "../../common/deep-freeze.ts";

export interface GlossaryPluginOptions {
  /** "/" or "/sub-path/", as in site/site-settings.ts. */
  pathPrefix: string;
}

let view: GlossaryView | undefined;
let linker: TermLinker | undefined;

export default function glossaryPlugin(eleventyConfig: any, { pathPrefix }: GlossaryPluginOptions) {
  const load = async () => {
    if (linker) return;
    const [{ GLOSSARY }, { termLinker }] = await Promise.all([import("../../catalogue/glossary.ts"), import("../glossary/link-terms.ts")]);
    linker = termLinker(GLOSSARY, { glossaryUrl: `${pathPrefix.replace(/\/$/, "")}${GLOSSARY_URL}` });
  };
  eleventyConfig.on("eleventy.before", load);
  eleventyConfig.addGlobalData("glossary", async () => (view ??= deepFreeze(await glossaryView())));
  eleventyConfig.addTransform("glossary-links", function (this: any, content: unknown) {
    if (typeof content !== "string" || !String(this.page?.outputPath ?? "").endsWith(".html") || this.page?.url === GLOSSARY_URL) return content;
    if (!linker) throw new Error("glossary-links: the glossary is used before the build started: glossaryPlugin loads it in eleventy.before");
    return linker.link(content).html;
  });
}
