// The URLs a built page refers to, and the ids it offers as #anchors, read with regular expressions
// over tags (not a DOM: the link check runs on every page of every build, 1,000 posts included).
// Only markup is read: text, comments, scripts and styles are dropped first, so a code sample that
// shows `<a href="...">` (escaped as &lt;a ...) is never taken for a link.

export interface Reference {
  /** The attribute it came from, e.g. "img src", for the report. */
  where: string;
  url: string;
}

export interface PageReferences {
  references: Reference[];
  ids: Set<string>;
}

const IGNORED_BLOCKS = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "poster", "formaction", "cite"]);
/** Meta tags whose content is a URL of this site (sharing previews). */
const URL_META = new Set(["og:image", "og:url", "twitter:image"]);

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };

export function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** The URLs in a srcset: "a.webp 640w, b.webp 1280w" -> ["a.webp", "b.webp"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

export function htmlReferences(html: string): PageReferences {
  const references: Reference[] = [];
  const ids = new Set<string>();
  const markup = html.replace(IGNORED_BLOCKS, "");
  for (const tag of markup.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (tag[2] ?? "").matchAll(ATTRIBUTE)) {
      attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    const id = attributes.get("id");
    if (id) ids.add(id);
    if (name === "a" && attributes.has("name")) ids.add(attributes.get("name")!);
    if (name === "base") continue;
    if (name === "link" && /\b(preconnect|dns-prefetch)\b/i.test(attributes.get("rel") ?? "")) continue;
    for (const [attribute, value] of attributes) {
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const urls = attribute === "srcset" ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) if (url) references.push({ where: `${name} ${attribute}`, url });
    }
    if (name === "meta" && URL_META.has(attributes.get("property") ?? attributes.get("name") ?? "")) {
      const content = attributes.get("content")?.trim();
      if (content) references.push({ where: `meta ${attributes.get("property") ?? attributes.get("name")}`, url: content });
    }
  }
  return { references, ids };
}

/** url(...) and @import in a stylesheet. */
export function cssReferences(css: string): Reference[] {
  const references: Reference[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").trim();
    if (url) references.push({ where: "css url()", url });
  }
  return references;
}

/** Links in an XML file (sitemap <loc>, Atom <link href>); escaped HTML inside entries is left alone. */
export function xmlReferences(xml: string): Reference[] {
  const references: Reference[] = [];
  for (const m of xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)) references.push({ where: "sitemap loc", url: decodeEntities(m[1]!) });
  for (const m of xml.matchAll(/<link\b[^>]*\shref="([^"]+)"/g)) references.push({ where: "feed link", url: decodeEntities(m[1]!) });
  return references;
}
