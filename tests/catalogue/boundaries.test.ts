// The catalogue is pure data: it imports only itself and the rules' course, source and date vocabulary
// (the service's commits are sources too: the glossary cites the service's behaviour at them).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CATALOGUE = join(ROOT, "catalogue");
const ALLOWED_OUTSIDE = ["rules/courses.ts", "rules/sources.ts", "rules/dates.ts", "rules/service-commits.ts"];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const FILES = tsFiles(CATALOGUE);

describe("catalogue/ imports", () => {
  it("finds the catalogue's files", () => {
    expect(FILES.map((f) => relative(ROOT, f))).toContain("catalogue/index.ts");
  });

  it.each(FILES.map((f) => [relative(ROOT, f), f]))("%s imports only catalogue/ and rules/courses.ts, sources.ts, service-commits.ts and dates.ts", (_, file) => {
    const specifiers = [...readFileSync(file, "utf8").matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)].map((m) => m[1] as string);
    for (const spec of specifiers) {
      expect(spec.startsWith("."), `${spec}: a relative import (no packages, no node:)`).toBe(true);
      const target = relative(ROOT, resolve(dirname(file), spec));
      expect(target.startsWith("catalogue/") || ALLOWED_OUTSIDE.includes(target), `${spec} -> ${target}`).toBe(true);
    }
  });
});
