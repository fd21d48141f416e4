// What a post of another design history points at and calls, read from its text as `npm run import`
// reports it: every image it shows (gallery items, in front matter or in appScreenshots calls,
// Markdown images, raw HTML), each with its line, and every component it imports. The build resolves
// the same references with the same rules (site/screenshots/screenshot-source.ts), so what the report
// calls missing is what the build will call missing.
import JSON5 from "json5";
import { load as loadYaml } from "js-yaml";
import type { HistoryStyle } from "../../site/markdown/history-style.ts";
import { frontMatterBlock } from "../../site/posts/post-front-matter.ts";

export interface ImageReference {
  /** 1-based line in the post's file. */
  line: number;
  /** As written, with the gallery's `path` in front when it has one. */
  src: string;
  /** What showed it: "gallery item 2 (\"Start page\")", "Markdown image", "HTML <img>". */
  via: string;
}

export interface ComponentImport {
  line: number;
  template: string;
  names: string[];
}

export interface Unreadable {
  line: number;
  what: string;
}

export interface LinkReference {
  line: number;
  href: string;
}

export interface PostReferences {
  images: ImageReference[];
  /** Links to other pages of the site (root-relative), for the report to check against what is imported. */
  links: LinkReference[];
  imports: ComponentImport[];
  /** Galleries the importer could not read (not literal data): the build checks them. */
  unreadable: Unreadable[];
}

const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** The text of a call's argument, from its opening parenthesis to the one that closes it. */
function callArgument(text: string, open: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

type Item = string | { text?: unknown; id?: unknown; src?: unknown; img?: { src?: unknown; path?: unknown } };
type Gallery = { items?: unknown; path?: unknown };

/** The file each gallery item shows, as the macro chooses it: src, img.src, or its id or text's slug with .png. */
function galleryFiles(gallery: Gallery, style: HistoryStyle): { src: string; label: string }[] {
  if (!gallery || !Array.isArray(gallery.items)) return [];
  return (gallery.items as Item[]).flatMap((raw, index) => {
    const item = typeof raw === "string" ? { text: raw } : raw && typeof raw === "object" ? raw : undefined;
    if (!item) return [];
    const text = typeof item.text === "string" ? item.text : "";
    const id = typeof item.id === "string" ? item.id : undefined;
    const file = typeof item.src === "string" ? item.src : typeof item.img?.src === "string" ? item.img.src : id !== undefined || text ? `${id ?? style.screenshotId(text)}.png` : undefined;
    if (!file) return [];
    const folder = typeof item.img?.path === "string" ? item.img.path : typeof gallery.path === "string" ? gallery.path : undefined;
    return [{ src: folder ? `${folder.replace(/\/+$/, "")}/${file}` : file, label: `gallery item ${index + 1}${text ? ` ("${text}")` : ""}` }];
  });
}

/** The first line at or after `from` that mentions `needle`, else `fallback`. */
function lineMentioning(text: string, needle: string, from: number, fallback: number): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? fallback : lineAt(text, at);
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const HTML_IMAGE = /<(img|source|video)\b[^>]*?\s(?:src|poster)\s*=\s*(["'])(.*?)\2/gi;
const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?(\/(?!\/)[^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const IMPORT = /\{%-?\s*(?:from|import|include)\s+(["'])([^"']+)\1(?:\s+import\s+([^%]+?))?\s*-?%\}/g;

/** Every image and component a post names, with lines (in the file, front matter included). */
export function postReferences(source: string, style: HistoryStyle): PostReferences {
  const images: ImageReference[] = [];
  const unreadable: Unreadable[] = [];
  const imports: ComponentImport[] = [];
  const links: LinkReference[] = [];

  // Front matter galleries (`screenshots:`, one or a list) and a lead image (`image.src`).
  const yaml = frontMatterBlock(source);
  if (yaml !== undefined) {
    let data: Record<string, any> | undefined;
    try {
      data = loadYaml(yaml) as Record<string, any>;
    } catch {
      data = undefined; // the build names the line
    }
    const galleries = data?.screenshots == null ? [] : Array.isArray(data.screenshots) ? data.screenshots : [data.screenshots];
    for (const gallery of galleries) {
      for (const { src, label } of galleryFiles(gallery, style)) images.push({ line: lineMentioning(source, src.split("/").pop()!, 0, 2), src, via: `front matter ${label}` });
    }
    const related = data?.related;
    for (const item of [...(related?.items ?? []), ...(related?.subsections ?? []).flatMap((s: any) => s?.items ?? [])]) {
      if (typeof item?.href === "string" && item.href.startsWith("/") && !item.href.startsWith("//")) links.push({ line: lineMentioning(source, item.href, 0, 2), href: item.href });
    }
    for (const key of ["image", "opengraphImage"] as const) {
      const src = data?.[key]?.src;
      if (typeof src === "string") images.push({ line: lineMentioning(source, src, 0, 2), src, via: `front matter ${key}.src` });
    }
  }

  // The body: code blocks say nothing.
  const bodyStart = yaml === undefined ? 0 : source.indexOf(yaml) + yaml.length;
  const body = source.slice(bodyStart).replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, " "));
  const offset = bodyStart;

  for (const match of body.matchAll(/\bappScreenshots\s*\(/g)) {
    const open = match.index! + match[0].length - 1;
    const line = lineAt(source, offset + match.index!);
    const argument = callArgument(body, open);
    let gallery: Gallery | undefined;
    try {
      gallery = argument === undefined ? undefined : JSON5.parse(argument);
    } catch {
      gallery = undefined;
    }
    if (!gallery) {
      unreadable.push({ line, what: "an appScreenshots call whose parameters are not written out as data (they use a variable or an expression); the build checks its files" });
      continue;
    }
    for (const { src, label } of galleryFiles(gallery, style)) images.push({ line: lineMentioning(source, src.split("/").pop()!, offset + match.index!, line), src, via: label });
  }
  for (const match of body.matchAll(MARKDOWN_IMAGE)) images.push({ line: lineAt(source, offset + match.index!), src: match[1]!, via: "Markdown image" });
  for (const match of body.matchAll(HTML_IMAGE)) images.push({ line: lineAt(source, offset + match.index!), src: match[3]!, via: `HTML <${match[1]!.toLowerCase()}>` });
  for (const match of body.matchAll(MARKDOWN_LINK)) links.push({ line: lineAt(source, offset + match.index!), href: match[1]! });
  for (const match of body.matchAll(IMPORT)) {
    imports.push({ line: lineAt(source, offset + match.index!), template: match[2]!, names: (match[3] ?? "").split(",").map((n) => n.trim().split(/\s+/)[0]!).filter(Boolean) });
  }
  return { images, links, imports, unreadable };
}
