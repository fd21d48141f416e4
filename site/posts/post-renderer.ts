// How a post's body becomes HTML: Nunjucks first (for appScreenshots and the other macros DfE design
// histories call in posts), then the posts' Markdown (site/markdown/post-markdown.ts). Eleventy would
// do the same with `markdownTemplateEngine: "njk"`, but stops the whole build at the first post whose
// Nunjucks fails; here a failing post is reported with its file and line, shown as a notice, and the
// build goes on, so one run lists every post's problems (workaround "posts-own-nunjucks",
// site/eleventy/workarounds/switches.ts) (site/build/build-problems.ts). Posts get
// `templateEngineOverride: md` (content/posts/posts.11tydata.ts), so Eleventy hands them straight to
// this library. A post with no Nunjucks syntax skips Nunjucks: its lexer on a long post cost about
// 0.5 ms a post.
import { readFileSync } from "node:fs";
import path from "node:path";
import type nunjucks from "nunjucks";
import type { BuildProblems } from "../build/build-problems.ts";
import { workaroundOn } from "../eleventy/workarounds/switches.ts";
import type { MarkdownPage, PostMarkdown } from "../markdown/post-markdown.ts";

/** Nunjucks syntax: an output {{ }}, a tag {% %} or a comment {# #}. */
export const NUNJUCKS_SYNTAX = /\{[{%#]/;

export interface PostRendererOptions {
  environment: nunjucks.Environment;
  markdown: PostMarkdown;
  problems: BuildProblems;
}

type Data = { page?: MarkdownPage; historyStyle?: unknown } & Record<string, unknown>;

/** The line of the file a Nunjucks error is on: its line in the body, after the front matter. */
function fileLine(inputPath: string, bodyLine: number): number {
  try {
    const source = readFileSync(inputPath, "utf8");
    const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[^\n]*\n/.exec(source);
    return bodyLine + (match ? match[0].split("\n").length - 1 : 0);
  } catch {
    return bodyLine;
  }
}

/** The first line of the file that names what an error names ("template not found: embed/macro.njk"), if any. */
function lineNaming(inputPath: string, message: string): number | undefined {
  let lines: string[];
  try {
    lines = readFileSync(inputPath, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const named = /template not found: (\S+)|Unable to call `([^`]+)`/.exec(message);
  const needle = named?.[1] ?? named?.[2];
  if (needle) {
    const index = lines.findIndex((l) => l.includes(needle));
    return index === -1 ? undefined : index + 1;
  }
  // Nunjucks gives no line when the file ends inside a tag: the last tag opened and not closed on its line.
  if (/expected variable end|expected block end|end of file/.test(message)) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if ((line.includes("{{") && !line.slice(line.lastIndexOf("{{")).includes("}}")) || (line.includes("{%") && !line.slice(line.lastIndexOf("{%")).includes("%}"))) return i + 1;
    }
  }
  return undefined;
}

/** A person's account of a Nunjucks error: its first line, without Nunjucks' "(unknown path)" and line prefix. */
function describeNunjucksError(error: unknown): { line?: number; message: string } {
  const text = String((error as Error)?.message ?? error);
  const line = /\[Line (\d+), Column \d+\]/.exec(text);
  const message = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^\(.*\)$/.test(l) && !/^\(.*\) \[Line \d+, Column \d+\]$/.test(l))
    .join(" ")
    .replace(/^\(.*?\)\s*(\[Line \d+, Column \d+\])?\s*/, "")
    .replace(/^Template render error:\s*/, "")
    .replace(/^Error:\s*/, "");
  return { line: line ? Number(line[1]) : undefined, message: message || "the template could not be rendered" };
}

export function postRenderer({ environment, markdown, problems }: PostRendererOptions) {
  const renderNunjucks = (source: string, data: Data): Promise<string> =>
    // renderString takes options (the path names the post in Nunjucks errors), which its types leave out.
    new Promise((resolve, reject) => (environment as any).renderString(source, data, { path: data.page?.inputPath }, (error: unknown, out?: string) => (error ? reject(error) : resolve(out ?? ""))));
  return {
    render(source: string, data?: Data): string | Promise<string> {
      if (data?.leftOut) return ""; // a post with front matter problems, reported already (post-front-matter.ts)
      // With posts-own-nunjucks off, Eleventy has rendered the Nunjucks already (markdownTemplateEngine).
      if (!data?.page || !workaroundOn("posts-own-nunjucks") || !NUNJUCKS_SYNTAX.test(source)) return markdown.render(source, data);
      return renderNunjucks(source, data).then(
        (expanded) => markdown.render(expanded, data),
        (error) => {
          const file = path.relative(process.cwd(), path.resolve(data.page!.inputPath));
          const { line, message } = describeNunjucksError(error);
          const fileLineNumber = line ? fileLine(data.page!.inputPath, line) : lineNaming(data.page!.inputPath, message);
          problems.error({ file, where: fileLineNumber ? `line ${fileLineNumber}` : "body", message: `${message} (in the post's Nunjucks: a macro call, an import or a tag)` });
          return '<p class="govuk-body">This post could not be shown: its Nunjucks has a problem, named when the site was built.</p>';
        },
      );
    },
    renderInline: (source: string, data?: Data) => markdown.renderInline(source, data),
  };
}
