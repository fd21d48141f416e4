// rules/ is pure: it imports only rules/ files and @noble/hashes, no node: modules, no clock, no
// process, so it runs unchanged in the site build, the browser and the CLI (ARCHITECTURE.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const rulesDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../rules");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

describe("rules/ boundaries", () => {
  const files = tsFiles(rulesDir);

  it("finds the rules files", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [relative(rulesDir, f), f] as const))("%s imports only rules/ and @noble/hashes", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!);
    for (const s of specifiers) {
      if (s.startsWith(".")) {
        const target = resolve(dirname(file), s);
        expect(relative(rulesDir, target).startsWith(".."), `${s} leaves rules/`).toBe(false);
      } else {
        expect(s, `${s} is not an allowed package`).toMatch(/^@noble\/hashes(\/|$)/);
      }
    }
  });

  it.each(files.map((f) => [relative(rulesDir, f), f] as const))("%s reads no clock, process or Node API", (_name, file) => {
    const code = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/Date\.now\(|new Date\(\s*\)|\bprocess\.|performance\.now|\bnode:/);
  });

  it("index.ts only re-exports", () => {
    const lines = readFileSync(join(rulesDir, "index.ts"), "utf8").split("\n").filter((l) => l.trim() && !l.trim().startsWith("//"));
    for (const l of lines) expect(l).toMatch(/^export \* from "\.\/[a-z0-9-]+\.ts";$/);
  });
});
