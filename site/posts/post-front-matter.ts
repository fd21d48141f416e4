// Reading a post's front matter as Eleventy reads it (posts-plugin.ts hands Eleventy's YAML engine
// to this), so every post is parsed once and checked as it is read: a mistake becomes a problem
// naming the file and the field or line (collected across the build, site/build/build-problems.ts),
// and the post is left out of the build rather than stopping it at the first bad post.
import path from "node:path";
import type { BuildProblem } from "../build/build-problems.ts";
import { frontMatterProblems } from "./front-matter.ts";
import { FILE_DATE, postUrlOf } from "./posts-folder.ts";
import { tagNames, tagSlug } from "./tags.ts";

export interface PostFrontMatterResult {
  /** What Eleventy gets: the post's data, or, when it has errors, data that leaves it out of the build. */
  data: unknown;
  errors: BuildProblem[];
  warnings: BuildProblem[];
}

export interface ReadOptions {
  /** The post's file, relative to the project (content/posts/...). */
  file: string;
  /** Unknown keys are warnings, not errors: in a history imported from a site that ignored them. */
  unknownKeysAreWarnings: boolean;
}

/**
 * Data for a post that is left out of the build: no page, in no list, and nothing rendered (Eleventy
 * renders a page with no permalink all the same; the posts' library renders nothing for `leftOut`).
 */
export const LEFT_OUT = { permalink: false, eleventyExcludeFromCollections: true, layout: false, leftOut: true } as const;

/** The line (1-based, in the file) a YAML error is about: where an unclosed quote opened, if one did. */
export function yamlErrorLine(yaml: string, parserLine: number | undefined): number | undefined {
  // Eleventy's parser is given the text after the opening "---" (its first line is the rest of that
  // line, empty); a caller may give it from the line after. Either way, the file line of a YAML line.
  const offset = /^\r?\n/.test(yaml) ? 1 : 2;
  const lines = yaml.split(/\r?\n/);
  const last = parserLine === undefined ? lines.length - 1 : Math.min(parserLine, lines.length - 1);
  // A value that opens a quote and does not close it on its line: YAML allows that, but front matter
  // never means it, and the parser only notices lines later.
  const opensQuote = /^\s*(?:-\s+|[^:#]+:\s+)(["'])(.*)$/;
  for (let i = 0; i <= last; i++) {
    const match = opensQuote.exec(lines[i]!);
    if (!match) continue;
    const [, quote, rest] = match as unknown as [string, string, string];
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest.replace(/\\\\/g, "")) : /'(?!')/.test(rest.replace(/''/g, ""));
    if (!closed) return i + offset;
  }
  return parserLine === undefined ? undefined : parserLine + offset;
}

/** Parse and check one post's front matter. `parse` is Eleventy's YAML engine. */
export function readPostFrontMatter(yaml: string, parse: (text: string) => unknown, options: ReadOptions): PostFrontMatterResult {
  const { file } = options;
  let data: unknown;
  try {
    data = parse(yaml) ?? {};
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    const line = yamlErrorLine(yaml, e.mark?.line);
    const reason = e.reason ?? String((error as Error).message ?? error).split("\n")[0];
    return { data: LEFT_OUT, warnings: [], errors: [{ file, where: line ? `line ${line}` : "front matter", message: `${reason}; expected valid YAML (key: value lines, text with a colon in quotes)` }] };
  }
  const errors: BuildProblem[] = [];
  const warnings: BuildProblem[] = [];
  for (const problem of frontMatterProblems(data)) {
    const target = problem.unknownKey && options.unknownKeysAreWarnings ? warnings : errors;
    target.push({ file, where: `field "${problem.field}"`, message: problem.unknownKey && options.unknownKeysAreWarnings ? `${problem.message}; ignored, as the site it came from ignored it` : problem.message });
  }
  const fields = (data ?? {}) as Record<string, unknown>;
  // Eleventy's YAML parser turns 2024-02-30 into a Date of 1 March: the day as written must exist.
  for (const field of ["date", "modified"]) {
    const written = new RegExp(`^\\s*${field}:\\s*["']?(\\d{4})-(\\d{2})-(\\d{2})`, "m").exec(yaml);
    if (written && fields[field] instanceof Date) {
      const [, y, m, d] = written.map(Number) as [number, number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
        errors.push({ file, where: `field "${field}"`, message: `got ${written[0].split(":").slice(1).join(":").trim().replace(/["']/g, "")}; expected a real calendar date (this day does not exist)` });
      }
    }
  }
  if (fields.date === undefined && !FILE_DATE.test(path.basename(file))) {
    errors.push({ file, where: 'field "date"', message: "got nothing (the field is missing); expected the date of the post, e.g. date: 2021-09-10 (or a file name starting with the date: 2021-09-10-slug.md)" });
  }
  if (/[#?%\u0000-\u001f]/.test(postUrlOf(file))) {
    errors.push({ file, where: "file name", message: `"${path.basename(file)}" has a character (# ? % or a control character) that cannot be in a web address; rename the file` });
  }
  errors.push(...tagProblems(fields.tags, file));
  if (typeof fields.description !== "string" || !fields.description.trim()) {
    if (!errors.length) warnings.push({ file, where: 'field "description"', message: "the post has no description: the home page, feed and sharing previews show no summary for it; add one sentence" });
  }
  return { data: errors.length ? { ...LEFT_OUT, title: typeof fields.title === "string" ? fields.title : "" } : withoutTemplating(fields), errors, warnings };
}

/** The longest tag slug: a tag's page is a folder named with it (file names stop at 255 bytes). */
export const MAX_TAG_SLUG = 100;

/** Tags that could have no page: no letter or digit of a web address, or too long a name. */
function tagProblems(tags: unknown, file: string): BuildProblem[] {
  if (!(typeof tags === "string" || Array.isArray(tags))) return []; // the schema names other types
  const list = Array.isArray(tags) ? tags : [tags];
  return list.flatMap((tag, i): BuildProblem[] => {
    if (typeof tag !== "string" || !tagNames(tag).length) return [];
    const where = `field "${Array.isArray(tags) ? `tags.${i}` : "tags"}"`;
    const slug = tagSlug(tag.trim());
    const shown = tag.length > 60 ? `${JSON.stringify(tag.slice(0, 57))}... (${tag.length} characters)` : JSON.stringify(tag);
    if (!slug) return [{ file, where, message: `got ${shown}, which has none of the letters a to z or digits a tag's address is made of, so it cannot have a page; expected a word such as "eligibility"` }];
    if (slug.length > MAX_TAG_SLUG) return [{ file, where, message: `got ${shown}; expected a tag of at most ${MAX_TAG_SLUG} letters (its page's address is made from it)` }];
    return [];
  });
}

/**
 * The post's data as Eleventy gets it. `eleventyComputed` and `templateEngineOverride` are accepted
 * (DfE histories write them) but not passed on: Eleventy would run the one's templates and layouts
 * and render the post with the other's engines, outside the posts' own renderer, and stop the whole
 * build at the first that fails, naming no field ("Cannot read properties of null (reading 'type')").
 */
function withoutTemplating(data: Record<string, unknown>): Record<string, unknown> {
  if (!("eleventyComputed" in data) && !("templateEngineOverride" in data)) return data;
  const { eleventyComputed: _computed, templateEngineOverride: _engine, ...rest } = data;
  return rest;
}

/** The YAML between a post's opening and closing `---` lines. */
export function frontMatterBlock(source: string): string | undefined {
  // Delimiter lines may carry trailing spaces, as Eleventy (gray-matter) allows.
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? match[1] : undefined;
}
