// A broken link, told as the person who wrote it needs it: the file they wrote (the post, not the
// page it became) and where in it: the front-matter field (`related.items.0.href`) or the line.
import { readFileSync } from "node:fs";
import { load as loadYaml } from "js-yaml";
import type { BuildProblem } from "../build/build-problems.ts";
import { frontMatterBlock } from "../posts/post-front-matter.ts";
import type { LinkProblem } from "./check-links.ts";

/** The field of a front matter that holds this exact value ("related.items.0.href"), if one does. */
export function fieldHolding(data: unknown, value: string, prefix = ""): string | undefined {
  if (typeof data === "string") return data === value ? prefix : undefined;
  if (data === null || typeof data !== "object") return undefined;
  for (const [key, child] of Object.entries(data as Record<string, unknown>)) {
    const found = fieldHolding(child, value, prefix ? `${prefix}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Where in a source file a link was written: a front-matter field, or the first line that has it. */
export function whereWritten(source: string, target: string): string | undefined {
  const yaml = frontMatterBlock(source);
  if (yaml !== undefined) {
    try {
      const field = fieldHolding(loadYaml(yaml), target);
      if (field) return `field "${field}"`;
    } catch {
      // reported as a front matter problem already
    }
  }
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(target));
  return index === -1 ? undefined : `line ${index + 1}`;
}

/**
 * Broken links as build problems. `sources` maps a page's public path (as the link check names it)
 * to the file it was made from; a page no file made (a generated listing) is named by its path.
 */
export function linkBuildProblems(problems: readonly LinkProblem[], sources: ReadonlyMap<string, string>, pathPrefix = "/"): BuildProblem[] {
  const texts = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, "utf8"));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  return problems.map((problem) => {
    const file = sources.get(problem.page);
    const text = file && /\.(md|njk|html|json)$/.test(file) ? read(file) : undefined;
    // The link as the author wrote it: the build puts the path prefix in front of root-relative links.
    const written = pathPrefix !== "/" && problem.target.startsWith(pathPrefix) ? `/${problem.target.slice(pathPrefix.length)}` : problem.target;
    const where = text === undefined ? undefined : (whereWritten(text, problem.target) ?? whereWritten(text, written));
    return {
      file: file ?? `page ${problem.page}`,
      where: where ?? problem.where,
      message: `broken link "${problem.target}" (${problem.where} on ${problem.page}): ${problem.reason}`,
    };
  });
}
