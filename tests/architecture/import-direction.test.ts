// The arrows between the project's folders run one way (each folder's README says what it may
// import): rules/ at the bottom, then catalogue/; common/ helps everyone and imports nothing of ours;
// browser/ is bundled for the reader's browser and imports only the rules; site/ builds the site;
// tools/ are the designers' and auditors' tools, on top of the site; bench/ measures all of them;
// scripts/ are the command-line faces. A file importing against the arrows fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

/** Which folders each folder may import from (itself included). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  rules: ["rules"],
  catalogue: ["catalogue", "rules"],
  common: ["common"],
  browser: ["browser", "rules"],
  site: ["site", "browser", "common", "rules", "catalogue"],
  tools: ["tools", "site", "common", "rules", "catalogue"],
  bench: ["bench", "tools", "site", "common", "rules", "catalogue"],
  scripts: ["scripts", "bench", "tools", "site", "common", "rules", "catalogue"],
  content: ["site", "common", "rules", "catalogue"],
  _data: ["site", "common", "rules", "catalogue"],
};
const TOP_FILES: Record<string, readonly string[]> = { "eleventy.config.ts": ["site", "common"] };

const CODE = /\.(ts|mts|mjs|cjs|js)$/;
/** Static and dynamic imports, re-exports, requires, and worker URLs. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire(?:\.resolve)?\(\s*|new URL\(\s*)(["'])(\.{1,2}\/[^"']+)\1/g;

function codeFiles(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name) && !e.parentPath.includes("node_modules"))
    .map((e) => path.relative(PROJECT_ROOT, path.join(e.parentPath, e.name)));
}

/** Every relative import of a file, as the folder of the project it reaches. */
function importsOf(file: string): { specifier: string; folder: string }[] {
  const text = readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  return [...text.matchAll(SPECIFIER)].map((m) => {
    const target = path.relative(PROJECT_ROOT, path.resolve(PROJECT_ROOT, path.dirname(file), m[2]!));
    return { specifier: m[2]!, folder: target.split(path.sep)[0]! };
  });
}

const files = [...Object.keys(MAY_IMPORT).flatMap(codeFiles), ...Object.keys(TOP_FILES)];

describe("the direction of imports between folders", () => {
  it("finds the code of every folder", () => {
    for (const folder of ["rules", "catalogue", "common", "browser", "site", "tools", "bench", "scripts"]) expect(files.some((f) => f.startsWith(`${folder}/`)), folder).toBe(true);
  });

  it.each(files)("%s imports only what its folder may", (file) => {
    const allowed = TOP_FILES[file] ?? MAY_IMPORT[file.split("/")[0]!]!;
    const wrong = importsOf(file).filter(({ folder }) => folder !== file && !allowed.includes(folder) && !(folder.endsWith(".json") && folder === "package.json"));
    expect(wrong.map((w) => `${w.specifier} (in ${w.folder}/)`), `may import from ${allowed.join(", ")}`).toEqual([]);
  });

  it("has a README in every top folder saying what lives there and what it may import", () => {
    for (const folder of ["rules", "catalogue", "common", "browser", "site", "tools", "bench", "scripts"]) {
      const readme = readFileSync(path.join(PROJECT_ROOT, folder, "README.md"), "utf8");
      expect(readme, folder).toMatch(/may import/i);
    }
  });
});
