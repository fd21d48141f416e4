// The checker's templates (_includes/checker/*.njk) and every GOV.UK Frontend template they reach,
// precompiled with Nunjucks into one ES module for the browser bundle (site/eleventy/browser-bundles-plugin.ts
// serves it to esbuild as "npq:checker-templates"). So the checker draws its radios, date inputs,
// error summary, summary lists and table with GOV.UK Frontend's own templates, not HTML strings of
// ours, and the browser compiles nothing (no eval: it runs under a strict Content Security Policy).
import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { GOVUK_FRONTEND_DIST } from "../eleventy/assets-plugin.ts";

/** The templates the funding checker renders by name; their dependencies are found by reading them. */
export const CHECKER_TEMPLATES = ["checker/question.njk", "checker/result.njk"] as const;
/** The template the early headship checker (/rules/early-headship/check/) renders: its form and result. */
export const EARLY_HEADSHIP_CHECK_TEMPLATES = ["checker/early-headship.njk"] as const;

/** Where names are looked up, in order, as in eleventy.config.ts. */
function searchPaths(projectRoot: string): string[] {
  return [path.join(projectRoot, "_includes"), GOVUK_FRONTEND_DIST];
}

// {% from "x" import y %}, {% import "x" as y %}, {% include "x" %}, {% extends "x" %}
const REFERENCE = /{%-?\s*(?:from|import|include|extends)\s+["']([^"']+)["']/g;

/** A name relative to its parent ("./template.njk" in "govuk/components/radios/macro.njk"), resolved. */
export function resolveTemplateName(parent: string, name: string): string {
  return name.startsWith("./") || name.startsWith("../") ? path.posix.normalize(path.posix.join(path.posix.dirname(parent), name)) : name;
}

export interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

/** The named templates and everything they import or include, each once, with the file it came from. */
export function checkerTemplateSources(projectRoot = process.cwd(), names: readonly string[] = CHECKER_TEMPLATES): TemplateSource[] {
  const paths = searchPaths(projectRoot);
  const found = new Map<string, TemplateSource>();
  const visit = (name: string, from: string | null) => {
    if (found.has(name)) return;
    const file = paths.map((p) => path.join(p, name)).find((f) => {
      try {
        readFileSync(f);
        return true;
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`checker templates: "${name}"${from ? ` (imported by ${from})` : ""} is in none of ${paths.join(", ")}`);
    const source = readFileSync(file, "utf8");
    found.set(name, { name, file, source });
    for (const m of source.matchAll(REFERENCE)) visit(resolveTemplateName(name, m[1]!), name);
  };
  for (const name of names) visit(name, null);
  return [...found.values()];
}

/** ES module source: `export default { "<name>": <compiled template>, ... }`. */
export function precompiledCheckerTemplates(projectRoot = process.cwd(), names: readonly string[] = CHECKER_TEMPLATES): { code: string; files: string[] } {
  const env = new nunjucks.Environment([], { autoescape: true });
  const sources = checkerTemplateSources(projectRoot, names);
  const entries = sources.map(({ name, source }) => {
    // The wrapper receives the compiled code, a function body ending in `return { root: ... }`.
    const compiled = nunjucks.precompileString(source, { name, env, wrapper: (templates: { template: string }[]) => templates[0]!.template } as never);
    return `  ${JSON.stringify(name)}: (function () {\n${compiled}\n})(),`;
  });
  return { code: `export default {\n${entries.join("\n")}\n};\n`, files: sources.map((s) => s.file) };
}
