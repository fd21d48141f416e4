// Eleventy plugin: reads each page's links as Eleventy renders it, for the link check that
// `npm run build` runs after the build (lib/build/build-site.ts, lib/links/check-links.ts).
// Parsing a page's links is most of the check's cost; done while rendering, it shares the time in
// which thumbnails are still being encoded, and the check after the build only resolves them.
// Off unless a build asks for it (collectLinksWhileRendering), so `npm start` pays nothing.
import { fileReferences } from "../links/check-links.ts";
import type { PageReferences } from "../links/html-references.ts";
import { writtenDocument } from "./written-document.ts";

let collecting: Map<string, PageReferences> | undefined;

/** Start collecting for the next build; the returned map fills as pages are written (output-relative paths). */
export function collectLinksWhileRendering(): Map<string, PageReferences> {
  return (collecting = new Map());
}

export function stopCollectingLinks(): void {
  collecting = undefined;
}

export default function linksPlugin(eleventyConfig: any) {
  let outputDir = "";
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    outputDir = directories.output;
  });
  // Added after every other plugin's transform, so it reads the HTML as written.
  eleventyConfig.addTransform("links-read", function (this: any, content: unknown) {
    const written = collecting && writtenDocument(outputDir, this.page?.outputPath, content);
    if (written) collecting!.set(written.file, fileReferences(written.file, written.text));
    return content;
  });
}
