// How a post's body becomes HTML: Nunjucks first (for appScreenshots and the other macros DfE design
// histories call in posts), then the posts' Markdown (site/markdown/post-markdown.ts). Eleventy would
// do the same with `markdownTemplateEngine: "njk"`, but stops the whole build at the first post whose
// Nunjucks fails; here a failing post is reported with its file and line, shown as a notice, and the
// build goes on, so one run lists every post's problems (workaround "posts-own-nunjucks",
// site/eleventy/workarounds/switches.ts) (site/build/build-problems.ts). Posts get
// `templateEngineOverride: md` (content/posts/posts.11tydata.ts), so Eleventy hands them straight to
// this library. A post with no Nunjucks syntax skips Nunjucks: its lexer on a long post cost about
// 0.5 ms a post. Raw HTML left open that would swallow the rest of the page (an unclosed comment,
// <title> or <textarea>) is reported with its line too.
import { readFileSync } from "node:fs";
import path from "node:path";
import type nunjucks from "nunjucks";
import type { BuildProblems } from "../build/build-problems.ts";
import { forgetLines, lastLine, recordErrorLines } from "../eleventy/workarounds/nunjucks-error-lines.ts";
import { workaroundOn } from "../eleventy/workarounds/switches.ts";
import type { MarkdownPage, PostMarkdown } from "../markdown/post-markdown.ts";
import { unclosedHtml } from "../markdown/unclosed-html.ts";
import { bodyStart, nunjucksErrorLine } from "./nunjucks-error-line.ts";

/** Nunjucks syntax: an output {{ }}, a tag {% %} or a comment {# #}. */
export const NUNJUCKS_SYNTAX = /\{[{%#]/;

export interface PostRendererOptions {
  environment: nunjucks.Environment;
  markdown: PostMarkdown;
  problems: BuildProblems;
}

type Data = { page?: MarkdownPage; historyStyle?: unknown } & Record<string, unknown>;

/** A person's account of a Nunjucks error: its text, without Nunjucks' "(path)" and line prefixes. */
function describeNunjucksError(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  const message = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^\(.*\)$/.test(l) && !/^\(.*\) \[Line \d+, Column \d+\]$/.test(l))
    .join(" ")
    .replace(/^\(.*?\)\s*(\[Line \d+, Column \d+\])?\s*/, "")
    .replace(/^Template render error:\s*/, "")
    .replace(/^Error:\s*/, "");
  return message || "the template could not be rendered";
}

export function postRenderer({ environment, markdown, problems }: PostRendererOptions) {
  recordErrorLines(workaroundOn("nunjucks-error-lines"));
  const renderNunjucks = (source: string, data: Data): Promise<string> => {
    forgetLines(environment, data.page!.inputPath);
    // renderString takes options (the path names the post in Nunjucks errors), which its types leave out.
    return new Promise((resolve, reject) => (environment as any).renderString(source, data, { path: data.page!.inputPath }, (error: unknown, out?: string) => (error ? reject(error) : resolve(out ?? ""))));
  };
  /** The post's HTML, or, with a comment or element in it that is never closed (site/markdown/unclosed-html.ts), a notice. */
  const whole = (html: string, data: Data | undefined): string => {
    const unclosed = data?.page ? unclosedHtml(html) : [];
    if (!unclosed.length) return html;
    const file = path.relative(process.cwd(), path.resolve(data!.page!.inputPath));
    let source = "";
    try {
      source = readFileSync(data!.page!.inputPath, "utf8");
    } catch {
      // the file is gone (a save under `npm start`): the problem is named without its line
    }
    // The lines of the body as HTML would have them: code (fenced, or in backticks) is text, not tags.
    let fenced = false;
    const start = bodyStart(source);
    const lines = source.split("\n").map((line, i) => {
      if (i < start) return "";
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return fenced ? "" : line.replace(/`+[^`]*`+/g, "").toLowerCase();
    });
    /** The line of the `before + 1`th time the text is written (the last, if the body has fewer). */
    const lineOf = (text: string, before: number) => {
      const at = lines.flatMap((line, i) => Array(line.split(text.toLowerCase()).length - 1).fill(i + 1) as number[]);
      return at[Math.min(before, at.length - 1)];
    };
    for (const { opening, closing, before } of unclosed) {
      const line = lineOf(opening, before) ?? lineOf(closing === "-->" ? "<!--" : `<${closing.slice(2, -1)}`, Number.MAX_SAFE_INTEGER);
      const what = closing === "-->" ? "an HTML comment (<!--)" : opening;
      problems.error({ file, where: line ? `line ${line}` : "body", message: `${what} is never closed (no ${closing}): everything after it on the page, the footer and the site's script among it, would be ${closing === "-->" ? "hidden in it" : "swallowed by it"}; close it, or write it in \`code\`` });
    }
    // As for failing Nunjucks: a notice, not a page whose links and anchors the swallowing has broken
    // (each would be one more problem, caused by this one).
    return '<p class="govuk-body">This post could not be shown: its HTML has a problem, named when the site was built.</p>';
  };
  return {
    render(source: string, data?: Data): string | Promise<string> {
      if (data?.leftOut) return ""; // a post with front matter problems, reported already (post-front-matter.ts)
      // With posts-own-nunjucks off, Eleventy has rendered the Nunjucks already (markdownTemplateEngine).
      if (!data?.page || !workaroundOn("posts-own-nunjucks") || !NUNJUCKS_SYNTAX.test(source)) return whole(markdown.render(source, data), data);
      return renderNunjucks(source, data).then(
        (expanded) => whole(markdown.render(expanded, data), data),
        (error) => {
          const file = path.relative(process.cwd(), path.resolve(data.page!.inputPath));
          let line: number | undefined;
          try {
            const source = readFileSync(data.page!.inputPath, "utf8");
            line = nunjucksErrorLine(error, source, lastLine(environment, data.page!.inputPath));
          } catch {
            // the file is gone (a save under `npm start`): the problem is named without its line
          }
          problems.error({ file, where: line ? `line ${line}` : "body", message: `${describeNunjucksError(error)} (in the post's Nunjucks: a macro call, an import or a tag)` });
          return '<p class="govuk-body">This post could not be shown: its Nunjucks has a problem, named when the site was built.</p>';
        },
      );
    },
    renderInline: (source: string, data?: Data) => markdown.renderInline(source, data),
  };
}
