// After each build: every internal link, image source and #anchor in the output must resolve. A page's
// references are read from its HTML (site/links/html-references.ts), CSS url()s and the feed and
// sitemap's links too; absolute URLs of this site (SITE_URL + PATH_PREFIX) count as internal. External
// links are never fetched. Under a path prefix, a root-relative URL outside the prefix is broken: on
// the host it would leave the site.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { UserInputError } from "../../common/user-error.ts";
import { cssReferences, htmlReferences, xmlReferences, type PageReferences, type Reference } from "./html-references.ts";

export interface LinkProblem {
  /** The page's public path, e.g. /additional-support-offer/. */
  page: string;
  where: string;
  target: string;
  reason: string;
}

export interface LinkCheckResult {
  files: number;
  links: number;
  problems: LinkProblem[];
  seconds: number;
}

export interface LinkCheckOptions {
  outputDir: string;
  /** "/" or "/sub-path/", as in site/site-settings.ts. */
  pathPrefix: string;
  /** SITE_URL: absolute URLs under it (and the prefix) are checked like root-relative ones. */
  siteUrl: string;
  /** Folders (relative to the output) whose files are targets but are not themselves read: generated bundles. */
  skipFolders?: string[];
  /** Work still writing into skipped folders (the search index): the output is listed once it has finished. */
  whileWriting?: Promise<unknown>;
  /** Files already read (output-relative path, "/" separators), e.g. by site/eleventy/links-plugin.ts as they were rendered. */
  alreadyRead?: ReadonlyMap<string, PageReferences>;
}

/** The references in one output file, by its kind: HTML (with its ids), CSS or XML. */
export function fileReferences(file: string, text: string): PageReferences {
  if (file.endsWith(".html")) return htmlReferences(text);
  return { references: file.endsWith(".css") ? cssReferences(text) : xmlReferences(text), ids: new Set() };
}

export class BrokenLinksError extends UserInputError {
  constructor(readonly problems: LinkProblem[]) {
    super(describeProblems(problems));
  }
}

export function describeProblems(problems: readonly LinkProblem[]): string {
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  const lines = [`${problems.length} broken link${problems.length === 1 ? "" : "s"} in the built site (fix the link, or add the page or file it points to):`];
  for (const [page, list] of byPage) {
    lines.push(`  page ${page}`);
    for (const p of list) lines.push(`    - ${p.where} "${p.target}": ${p.reason}`);
  }
  return lines.join("\n");
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ORIGIN = "http://link-check.invalid";

/** The public path of an output file: about/index.html -> /prefix/about/, feed.xml -> /prefix/feed.xml. */
export function publicPath(relativeFile: string, pathPrefix: string): string {
  const posix = relativeFile.split(path.sep).join("/");
  const page = posix === "index.html" ? "" : posix.endsWith("/index.html") ? posix.slice(0, -"index.html".length) : posix;
  return `${pathPrefix}${page}`;
}

interface ResolveContext {
  prefix: string;
  site: URL;
  siteBase: string;
  /** Every file in the output, relative to it, with "/" separators. */
  files: ReadonlySet<string>;
}

/** Where one reference leads: not checked (external, empty), broken (why), or a file and #id. */
type Resolution = { kind: "skip" } | { kind: "broken"; reason: string } | { kind: "file"; target: string; id: string; rawId: string };

function resolveReference(url: string, pagePath: string, { prefix, site, siteBase, files }: ResolveContext): Resolution {
  let resolved: URL;
  if (SCHEME.test(url) || url.startsWith("//")) {
    // Absolute: this site's own address is checked; anything else is external and not fetched.
    const absolute = new URL(url, site);
    if (absolute.origin !== site.origin || !absolute.pathname.startsWith(prefix) || !`${absolute.origin}${absolute.pathname}`.startsWith(siteBase)) return { kind: "skip" };
    resolved = new URL(`${absolute.pathname}${absolute.search}${absolute.hash}`, ORIGIN);
  } else {
    if (url === "#" || url === "") return { kind: "skip" };
    resolved = new URL(url, `${ORIGIN}${pagePath}`);
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(resolved.pathname);
  } catch {
    return { kind: "broken", reason: "its address has a broken %-escape" };
  }
  if (!pathname.startsWith(prefix)) {
    return { kind: "broken", reason: `it is outside the site's path prefix ${prefix}, so on the host it would leave the site` };
  }
  const inside = pathname.slice(prefix.length);
  const folder = inside === "" || inside.endsWith("/");
  let target: string | undefined;
  if (folder) target = files.has(`${inside}index.html`) ? `${inside}index.html` : undefined;
  else if (files.has(inside)) target = inside;
  else if (files.has(`${inside}/index.html`)) target = `${inside}/index.html`;
  if (!target) return { kind: "broken", reason: `no such ${folder ? "page" : "file"} in the output (looked for ${folder ? `${inside}index.html` : inside})` };
  const fragment = resolved.hash.slice(1);
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // keep it as written
  }
  // A browser matches the fragment as written first, then decoded: markdown-it-anchor's ids keep
  // their %-escapes ("costs%2C-fees"), and links to them are written that way.
  return { kind: "file", target, id, rawId: fragment };
}

export async function checkLinks(options: LinkCheckOptions): Promise<LinkCheckResult> {
  const started = performance.now();
  const prefix = options.pathPrefix;
  const site = new URL(options.siteUrl);
  const siteBase = `${site.origin}${prefix}`;
  const skip = (options.skipFolders ?? ["pagefind"]).map((f) => `${f.replace(/\/$/, "")}/`);

  // Files still being written into skipped folders (the search index) are targets too: list the
  // output once they are in place. Pages read while rendering (alreadyRead) need no waiting.
  if (options.whileWriting) await options.whileWriting;
  const files = new Set<string>();
  for (const entry of await readdir(options.outputDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(path.relative(options.outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  }
  const readable = [...files].filter((f) => /\.(html|css|xml)$/.test(f) && !skip.some((s) => f.startsWith(s)));

  const ids = new Map<string, Set<string>>();
  const referencesByFile = new Map<string, Reference[]>();
  await Promise.all(
    readable.map(async (file) => {
      const page = options.alreadyRead?.get(file) ?? fileReferences(file, await readFile(path.join(options.outputDir, file), "utf8"));
      referencesByFile.set(file, page.references);
      if (file.endsWith(".html")) ids.set(file, page.ids);
    }),
  );

  const problems: LinkProblem[] = [];
  let links = 0;
  // Most references repeat on every page (navigation, assets, the footer), so where a URL leads is
  // worked out once per URL (root-relative and absolute ones) or per page and URL (relative ones).
  const resolutions = new Map<string, Resolution>();
  const context: ResolveContext = { prefix, site, siteBase, files };
  for (const file of readable.sort()) {
    const pagePath = publicPath(file, prefix);
    for (const { where, url } of referencesByFile.get(file) ?? []) {
      const key = url.startsWith("/") || SCHEME.test(url) ? url : `${pagePath}\n${url}`;
      let resolution = resolutions.get(key);
      if (!resolution) resolutions.set(key, (resolution = resolveReference(url, pagePath, context)));
      if (resolution.kind === "skip") continue;
      links++;
      if (resolution.kind === "broken") {
        problems.push({ page: pagePath, where, target: url, reason: resolution.reason });
        continue;
      }
      const { target, id, rawId } = resolution;
      if (id && target.endsWith(".html")) {
        const targetIds = ids.get(target);
        if (targetIds && !targetIds.has(id) && !targetIds.has(rawId) && id !== "top") {
          problems.push({ page: pagePath, where, target: url, reason: `${publicPath(target, prefix)} has no element with id="${id}"` });
        }
      }
    }
  }
  return { files: readable.length, links, problems, seconds: (performance.now() - started) / 1000 };
}

/** Check, and throw one BrokenLinksError listing every problem. */
export async function assertLinksResolve(options: LinkCheckOptions): Promise<LinkCheckResult> {
  const result = await checkLinks(options);
  if (result.problems.length) throw new BrokenLinksError(result.problems);
  return result;
}
