// The line of a post's file that a Nunjucks error is about. Nunjucks' own line is not always that:
// - a syntax error at the end of the file (a tag, a block or a comment never closed) has none, or
//   the line where the parser gave up; the line wanted is where the unclosed one opened;
// - an error while rendering carries Nunjucks' runtime line, counted from 0 (a syntax error's from 1),
//   which only calls keep up to date, and which is another template's once the post has imported a
//   macro, or when the error is raised in one: the line of the post's last call or filter is read
//   back instead (workaround "nunjucks-error-lines");
// - the body Nunjucks renders starts after the front matter.
// Each is handled here; when no line can be told, none is named rather than a wrong one.

/** How many lines of the file come before the post's body (its front matter and the --- lines). */
export function bodyStart(source: string): number {
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[^\n]*(\n|$)/.exec(source);
  return match ? match[0].split("\n").length - 1 : 0;
}

/** Tags that open a block closed by `end<name>`. `set` only when it captures (no `=`). */
const BLOCK_TAGS = new Set(["if", "for", "asyncEach", "asyncAll", "macro", "call", "filter", "block", "raw", "verbatim", "set"]);

/** The 1-based line, in `body`, of the tag, comment or block that is never closed, if one is not. */
export function unclosedLine(body: string): number | undefined {
  const lineAt = (index: number) => body.slice(0, index).split("\n").length;
  const blocks: { name: string; index: number }[] = [];
  const delimiter = /\{\{|\{%|\{#/g;
  let at = 0;
  while (at < body.length) {
    delimiter.lastIndex = at;
    const open = delimiter.exec(body);
    if (!open) break;
    const close = open[0] === "{{" ? "}}" : open[0] === "{%" ? "%}" : "#}";
    const end = body.indexOf(close, open.index + 2);
    // An output or tag that another opens inside is never closed: Nunjucks fails at the second.
    const next = open[0] === "{#" ? -1 : body.slice(open.index + 2, end === -1 ? undefined : end).search(/\{\{|\{%/);
    if (end === -1 || next !== -1) return lineAt(open.index);
    at = end + 2;
    if (open[0] !== "{%") continue;
    const name = /^-?\s*(\w+)/.exec(body.slice(open.index + 2, end))?.[1] ?? "";
    if (BLOCK_TAGS.has(name) && !(name === "set" && body.slice(open.index, end).includes("="))) {
      if (name === "raw" || name === "verbatim") {
        // Nothing inside is Nunjucks, up to its end tag.
        const endTag = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "g");
        endTag.lastIndex = at;
        const found = endTag.exec(body);
        if (!found) return lineAt(open.index);
        at = found.index + found[0].length;
        continue;
      }
      blocks.push({ name, index: open.index });
    } else if (name.startsWith("end")) {
      const opened = blocks.map((b) => b.name).lastIndexOf(name.slice(3));
      if (opened !== -1) blocks.length = opened;
    }
  }
  const innermost = blocks.at(-1);
  return innermost ? lineAt(innermost.index) : undefined;
}

/** The first line of `body` that has what the message names: a template, a function, a filter or a tag. */
export function namedLine(body: string, message: string): number | undefined {
  // Calls without end: a macro of the post that calls itself (Nunjucks loses the line on the way out).
  if (/Maximum call stack size exceeded/.test(message)) {
    for (const macro of body.matchAll(/\{%-?\s*macro\s+(\w+)[\s\S]*?\{%-?\s*endmacro/g)) {
      if (new RegExp(`\\b${macro[1]}\\s*\\(`).test(macro[0].slice(macro[0].indexOf(macro[1]!) + macro[1]!.length))) return body.slice(0, macro.index).split("\n").length;
    }
  }
  const named = /template not found: (\S+)|Unable to call `([^`[]+)|filter not found: (\S+)|unknown block tag: (\S+)|cannot import '([^']+)'/.exec(message);
  const needle = named?.slice(1).find(Boolean);
  if (!needle) return undefined;
  const index = body.split("\n").findIndex((l) => l.includes(needle) && /\{[{%]/.test(l));
  return index === -1 ? undefined : index + 1;
}

/** The body's one line with Nunjucks that can fail (imports aside), when there is only one. */
function onlyNunjucksLine(body: string): number | undefined {
  const lines = body.split("\n").flatMap((l, i) => (/\{[{%]/.test(l) && !/^\s*\{%-?\s*(from|import)\s[^%]*%\}\s*$/.test(l) ? [i + 1] : []));
  return lines.length === 1 ? lines[0] : undefined;
}

/**
 * Nunjucks' own line for the error, in the body (1-based), when it is one of the post's lines. Its
 * message starts "(path) [Line N, Column M]" for each template the error went through, the line
 * only with the innermost: with more than one template, the line is not the post's. A syntax error
 * counts lines from 1; an error raised while rendering ("TypeError: ...") from 0, and has no line
 * at all on the first (Nunjucks leaves out a line 0).
 */
function ownLine(message: string): number | undefined {
  const lines = message.split("\n").map((l) => l.trim());
  const paths = lines.filter((l) => /^\(.*\)( \[Line \d+(, Column \d+)?\])?$/.test(l));
  const line = paths.length === 1 ? /\[Line (\d+)/.exec(paths[0]!) : null;
  if (!line) return undefined;
  const said = lines.find((l) => l && !paths.includes(l)) ?? "";
  return Number(line[1]) + (/^\w*Error: /.test(said) ? 1 : 0);
}

/** Whether the error was raised while rendering ("TypeError: ..."), not while reading the template. */
const raisedWhileRendering = (message: string) => /^\w*Error: /m.test(message.split("\n").map((l) => l.trim()).join("\n"));

/**
 * The line of the post's file (`source`, the whole file) that a Nunjucks error rendering its body
 * is on, or undefined when it cannot be told. `lastLine`: the line of the body (from 1) of its last
 * call or filter that started (workaround "nunjucks-error-lines"), when it is known.
 */
export function nunjucksErrorLine(error: unknown, source: string, lastLine?: number): number | undefined {
  const offset = bodyStart(source);
  const body = source.split("\n").slice(offset).join("\n");
  const message = String((error as Error)?.message ?? error);
  const bodyLine =
    (/end of file|expected variable end|expected block end|expected end of comment/.test(message) ? unclosedLine(body) : undefined) ??
    // An include or import is no call: the last call's line would be another's.
    (/template not found|cannot import/.test(message) ? namedLine(body, message) : undefined) ??
    (raisedWhileRendering(message) ? lastLine : undefined) ??
    ownLine(message) ??
    namedLine(body, message) ??
    onlyNunjucksLine(body);
  return bodyLine === undefined ? undefined : bodyLine + offset;
}
