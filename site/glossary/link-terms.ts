// Each page links the first appearance of a glossary term to its entry on the glossary page
// (catalogue/glossary.ts), so a policy reader meeting "PP50" or "lead mentor" can look it up.
// Only the page's main content, and only running text: never inside a heading, a link, a button, a
// form control, code, a tag, a caption's summary, a citation or visually hidden text, where a link
// would be wrong or unseen. The HTML is read as tags and text with regular expressions (like the link
// check, site/links/html-references.ts: this runs on every page of every build) and only the text of
// the term is wrapped; every other byte of the page is left as it was.

export interface LinkableTerm {
  /** The entry's anchor: the link goes to `${glossaryUrl}#${id}`. */
  readonly id: string;
  readonly forms: readonly string[];
}

export interface LinkTermsOptions {
  /** The glossary page's address, e.g. "/glossary/" (with the site's path prefix). */
  readonly glossaryUrl: string;
}

/**
 * Elements whose text never gets a link: nested, unseen or misleading there, a table header read as a
 * label, or bold text (an outcome's verdict, a heading-like lead-in).
 */
const NO_LINK_ELEMENTS = new Set([
  "a", "button", "label", "select", "option", "textarea", "summary", "legend", "caption", "th", "strong",
  "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "var", "title", "svg", "math", "dialog",
]);
/** Classes that mark text to leave alone: GOV.UK tags, hidden text, citations, this site's own opt-out. */
const NO_LINK_CLASSES = /(?:^|\s)(?:govuk-tag|govuk-visually-hidden|govuk-skip-link|app-citation|app-no-glossary)(?:\s|$)/;
/** Their content is not HTML text at all. */
const RAW_TEXT = /^(?:script|style|template|textarea|noscript)$/;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/**
 * A stretch of a page the linker copies without reading: lists of posts (home, tag, service and
 * sitemap pages) are wrapped in these, since a term in a post's description there is navigation, not
 * running text, and reading a list of 10,000 posts on every save cost 0.25 to 0.5 s.
 */
export const SKIP_START = "<!-- no-glossary -->";
export const SKIP_END = "<!-- /no-glossary -->";

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/g;
const MAIN_OPEN = /<main\b[^>]*>/i;
const ARIA_HIDDEN = /\saria-hidden\s*=\s*["']?true/i;
const LETTER = /[A-Za-z]/;
const CLASS_ATTRIBUTE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase's first letter matches either case ("lead mentor", "Lead mentor"); an acronym only as written. */
function formPattern(form: string): string {
  const first = form.charAt(0);
  const rest = escapeRegExp(form.slice(1)).replace(/ /g, "\\s+");
  return /[a-z]/.test(first) ? `[${first}${first.toUpperCase()}]${rest}` : `${escapeRegExp(first)}${rest}`;
}

export interface TermLinker {
  /** The page with each term's first appearance in running text linked; the ids linked, in order. */
  link(html: string): { html: string; linked: string[] };
}

export function termLinker(terms: readonly LinkableTerm[], { glossaryUrl }: LinkTermsOptions): TermLinker {
  const idOfForm = new Map<string, string>();
  for (const t of terms) for (const f of t.forms) idOfForm.set(f, t.id);
  const forms = [...idOfForm.keys()].sort((a, b) => b.length - a.length);
  // Whole words only: not inside another word, code or address ("NPQs" is a form; "NPQH" is not "NPQ").
  const pattern = new RegExp(`(?<![\\w/#.@-])(?:${forms.map((f) => `(${formPattern(f)})`).join("|")})(?![\\w@-]|\\.\\w)`, "g");
  const formAt = forms; // capture group i + 1 is forms[i]

  return {
    link(page) {
      const linked: string[] = [];
      // Only the main content is read: the rest of the page (head, header, footer) is copied as it is.
      const open = MAIN_OPEN.exec(page);
      if (!open) return { html: page, linked };
      const from = open.index + open[0].length;
      const close = page.lastIndexOf("</main>");
      const to = close < from ? page.length : close;
      const html = page.slice(from, to);
      const done = new Set<string>();
      const stack: { name: string; blocks: boolean }[] = [];
      let blocked = 0;
      let out = "";
      let last = 0;
      const linkText = (text: string): string => {
        if (blocked > 0 || !LETTER.test(text)) return text;
        return text.replace(pattern, (match, ...groups) => {
          const index = groups.findIndex((g, i) => i < formAt.length && g !== undefined);
          const id = idOfForm.get(formAt[index]!)!;
          if (done.has(id)) return match;
          done.add(id);
          linked.push(id);
          return `<a class="govuk-link app-glossary-link" href="${glossaryUrl}#${id}">${match}</a>`;
        });
      };
      const tokens = new RegExp(TOKEN.source, "g");
      for (let m = tokens.exec(html); m !== null && done.size < terms.length; m = tokens.exec(html)) {
        out += linkText(html.slice(last, m.index));
        out += m[0];
        last = m.index + m[0].length;
        const name = m[1]?.toLowerCase();
        if (!name) {
          if (m[0] === SKIP_START) {
            // Copy to the end of the stretch (or of the main content) as it is.
            const end = html.indexOf(SKIP_END, last);
            const stop = end === -1 ? html.length : end + SKIP_END.length;
            out += html.slice(last, stop);
            last = tokens.lastIndex = stop;
          }
          continue;
        }
        if (m[0].charCodeAt(1) === 47 /* "/" */) {
          let at = stack.length - 1;
          while (at >= 0 && stack[at]!.name !== name) at--;
          if (at < 0) continue;
          while (stack.length > at) if (stack.pop()!.blocks) blocked--;
          continue;
        }
        if (RAW_TEXT.test(name)) {
          // Copy the raw text and its end tag as they are.
          const endTag = new RegExp(`</${name}`, "gi");
          endTag.lastIndex = last;
          const stop = endTag.exec(html)?.index ?? html.length;
          out += html.slice(last, stop);
          last = tokens.lastIndex = stop;
          continue;
        }
        if (VOID.has(name) || m[0].endsWith("/>")) continue;
        const attributes = m[2] ?? "";
        const classes = attributes && CLASS_ATTRIBUTE.exec(attributes);
        const blocks =
          NO_LINK_ELEMENTS.has(name) ||
          (classes ? NO_LINK_CLASSES.test(classes[1] ?? classes[2] ?? classes[3] ?? "") : false) ||
          (attributes.includes("aria-hidden") && ARIA_HIDDEN.test(attributes));
        stack.push({ name, blocks });
        if (blocks) blocked++;
      }
      // Every term linked (or the text ran out): the rest is copied as it is.
      out += done.size < terms.length ? linkText(html.slice(last)) : html.slice(last);
      return { html: page.slice(0, from) + out + page.slice(to), linked };
    },
  };
}
