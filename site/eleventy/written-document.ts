// For transforms that read pages as Eleventy writes them (links-plugin.ts, search-plugin.ts).
// Transforms also run on fragments: the feed passes each post's body through them (renderTransforms),
// with the post's own output path. Only whole documents are what is written to that path.
import path from "node:path";

const WHOLE_DOCUMENT = /^\s*(<!doctype html|<\?xml)/i;

/** A whole HTML or XML document being written: its output-relative path ("/" separators) and text; undefined otherwise. */
export function writtenDocument(outputDir: string, outputPath: unknown, content: unknown): { file: string; text: string } | undefined {
  if (typeof content !== "string" || typeof outputPath !== "string" || !/\.(html|xml)$/.test(outputPath) || !WHOLE_DOCUMENT.test(content)) return undefined;
  return { file: path.relative(outputDir, outputPath).split(path.sep).join("/"), text: content };
}
