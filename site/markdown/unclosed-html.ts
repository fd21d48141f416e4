// Raw HTML in a post that would swallow the rest of its page. Markdown passes a post's HTML through
// as written, and a browser reads everything after an unclosed comment, or an unclosed <title>,
// <textarea>, <script>, <style>, <template>, <select> ..., as that comment's or element's text,
// up to a closing tag that never comes: the rest of the post, its related links, the footer and the
// site's script disappear from the page, with no error anywhere. The rendered post is parsed as a
// browser parses it (parse5, the WHATWG parser), to find them.
import { parseFragment } from "parse5";

/** Elements whose content runs to their end tag (raw text, escapable raw text), or that keep what follows out of the page. */
const SWALLOWING = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template", "select"]);
const MAY_SWALLOW = new RegExp(`<(!--|(${[...SWALLOWING].join("|")})\\b)`, "i");

export interface UnclosedHtml {
  /** As written: the start tag, or "<!--". */
  opening: string;
  /** What would close it: "</title>", "-->". */
  closing: string;
  /** How many times `opening` (in any case) comes before it in the HTML: the same text may be closed elsewhere. */
  before: number;
}

interface Located {
  nodeName: string;
  childNodes?: Located[];
  content?: Located;
  sourceCodeLocation?: { startOffset: number; endOffset: number; startTag?: { startOffset: number; endOffset: number }; endTag?: unknown } | null;
}

/** Every comment and element of the HTML that is never closed and would swallow what follows it. */
export function unclosedHtml(html: string): UnclosedHtml[] {
  if (!MAY_SWALLOW.test(html)) return [];
  const found: UnclosedHtml[] = [];
  const lower = html.toLowerCase();
  const before = (opening: string, offset: number) => lower.slice(0, offset).split(opening.toLowerCase()).length - 1;
  const walk = (node: Located) => {
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) {
      const at = child.sourceCodeLocation;
      if (child.nodeName === "#comment" && at && !html.slice(at.startOffset, at.endOffset).endsWith("-->")) {
        found.push({ opening: "<!--", closing: "-->", before: before("<!--", at.startOffset) });
      } else if (SWALLOWING.has(child.nodeName) && at && !at.endTag) {
        const tag = at.startTag ? html.slice(at.startTag.startOffset, at.startTag.endOffset) : `<${child.nodeName}>`;
        found.push({ opening: tag, closing: `</${child.nodeName}>`, before: before(tag, at.startOffset) });
      }
      walk(child);
    }
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Located);
  return found;
}
