// Eleventy plugin: reads each page's links as Eleventy renders it, for the link check that
// `npm run build` runs after the build (site/build/build-site.ts, site/links/check-links.ts).
// Parsing a page's links is most of the check's cost; done while rendering, it shares the time in
// which thumbnails are still being encoded, and the check after the build only resolves them.
// Only a build's context collects them (`npm run build`); under `npm start` this costs nothing.
import type { BuildContext } from "../build/build-context.ts";
import { fileReferences } from "../links/check-links.ts";
import { writtenDocument } from "./written-document.ts";

export default function linksPlugin(eleventyConfig: any, { build }: { build: BuildContext }) {
  const collected = build.linkReferences;
  if (!collected) return;
  let outputDir = "";
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    outputDir = directories.output;
  });
  // Added after every other plugin's transform, so it reads the HTML as written.
  eleventyConfig.addTransform("links-read", function (this: any, content: unknown) {
    const written = writtenDocument(outputDir, this.page?.outputPath, content);
    if (written) collected.set(written.file, fileReferences(written.file, written.text));
    return content;
  });
}
