// The floor for the text work: Eleventy alone, with no configuration, building the same Markdown
// into HTML: no layouts, no macros (their calls are stripped), no images.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The post's Markdown with every Nunjucks tag and the appScreenshots calls removed. */
export function stripMacros(source: string): string {
  return source.replace(/\{\{\s*appScreenshots\([\s\S]*?\}\)\s*\}\}/g, "").replace(/\{%[\s\S]*?%\}/g, "");
}

export function writeTextFloorSite(projectRoot: string, corpusRoot: string): string {
  const root = path.join(projectRoot, `.bench/floor-${path.basename(corpusRoot)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "posts"), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
  for (const file of readdirSync(path.join(corpusRoot, "content/posts"))) {
    if (!file.endsWith(".md")) continue;
    writeFileSync(path.join(root, "posts", file), stripMacros(readFileSync(path.join(corpusRoot, "content/posts", file), "utf8")));
  }
  return root;
}
