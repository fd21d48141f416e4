// The Markdown of design-history posts: what DfE design histories write (footnotes, heading ids,
// `[[toc]]` contents lists, definition lists, abbreviations, ins/mark/sub/sup, images with captions,
// raw HTML), with GOV.UK typography classes on everything it makes, and line breaks kept as the
// GOV.UK Eleventy plugin keeps them (markdown-it `breaks: true`). One markdown-it per history style
// (site/markdown/history-style.ts); `postMarkdown` picks the page's.
//
// Images (`![alt](src "caption")`, and `src` in raw HTML) are resolved to the screenshots folder
// by the `images` hook a build gives: the Markdown does not know where files live.
import markdownIt from "markdown-it";
import markdownItAbbr from "markdown-it-abbr";
import markdownItAnchor from "markdown-it-anchor";
import markdownItAttribution from "markdown-it-attribution";
import markdownItAttrs from "markdown-it-attrs";
import markdownItDeflist from "markdown-it-deflist";
import markdownItFootnote from "markdown-it-footnote";
import markdownItGitHubAlerts from "markdown-it-github-alerts";
import markdownItImageFigures from "markdown-it-image-figures";
import markdownItIns from "markdown-it-ins";
import markdownItMark from "markdown-it-mark";
import markdownItSub from "markdown-it-sub";
import markdownItSup from "markdown-it-sup";
import markdownItTableOfContents from "markdown-it-table-of-contents";
import govukClasses from "./govuk-classes.ts";
import { HISTORY_STYLE_NAMES, historyStyleOf, type HistoryStyle, type HistoryStyleName } from "./history-style.ts";

/** The page a post's Markdown is rendered for (Eleventy's `page`). */
export interface MarkdownPage {
  inputPath: string;
  url: string | false;
}

/** How a build turns image references in a post into what the site publishes. */
export interface MarkdownImages {
  /**
   * The HTML for `![alt](src "title")` on a page: a responsive picture linking to the original, or
   * not linking when the Markdown puts it inside a link of its own (`[![alt](x.png)](x.png)`).
   */
  image(src: string, alt: string, page: MarkdownPage, insideLink: boolean): string;
  /** A local `src`/`href` in raw HTML, as published; undefined leaves the reference as written. */
  rewriteReference(reference: string, page: MarkdownPage): string | undefined;
}

export interface MarkdownEnv {
  page?: MarkdownPage;
  style: HistoryStyle;
  images?: MarkdownImages;
}

type Token = any;
type Renderer = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => string;

function defaultRule(md: any, name: string): Renderer {
  return md.renderer.rules[name] ?? ((tokens: Token[], idx: number, options: any, _env: MarkdownEnv, self: any) => self.renderToken(tokens, idx, options));
}

/** Footnotes as GOV.UK writes them: numbered references, a list after a section break, links back. */
function footnotes(md: any): void {
  const rules = md.renderer.rules;
  const idOf = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => {
    const id = self.rules.footnote_anchor_name(tokens, idx, options, env, self);
    return tokens[idx].meta.subId > 0 ? `${id}:${tokens[idx].meta.subId}` : id;
  };
  rules.footnote_ref = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => {
    // A footnote cited twice has two references (fnref:1, fnref:1:1), both linking to its one note (fn:1).
    const note = self.rules.footnote_anchor_name(tokens, idx, options, env, self);
    const number = Number(tokens[idx].meta.id + 1);
    return `<sup class="app-footnote-ref" id="fnref:${idOf(tokens, idx, options, env, self)}"><a class="govuk-link" href="#fn:${note}" aria-describedby="footnotes-label">[${number}]</a></sup>`;
  };
  rules.footnote_block_open = () =>
    '<footer class="app-footnotes">\n<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">\n' +
    '<h2 class="govuk-heading-s" id="footnotes-label">Footnotes</h2>\n<ol class="govuk-list govuk-list--number govuk-body-s">\n';
  rules.footnote_block_close = () => "</ol>\n</footer>\n";
  rules.footnote_open = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => `<li id="fn:${idOf(tokens, idx, options, env, self)}">`;
  rules.footnote_anchor = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) =>
    ` <a class="govuk-link" href="#fnref:${idOf(tokens, idx, options, env, self)}">Back to text<span class="govuk-visually-hidden"> of footnote ${Number(tokens[idx].meta.id + 1)}</span></a>`;
}

/** Definition lists, tables that scroll inside themselves on a phone, fenced code. */
function blocks(md: any): void {
  const rules = md.renderer.rules;
  rules.dl_open = () => '<dl class="govuk-body app-definition-list">\n';
  rules.dt_open = () => '<dt class="govuk-!-font-weight-bold">';
  rules.dd_open = () => '<dd class="govuk-!-margin-left-0 govuk-!-margin-bottom-3">';
  const tableOpen = defaultRule(md, "table_open");
  const tableClose = defaultRule(md, "table_close");
  rules.table_open = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) =>
    `<div class="app-table-scroll" role="region" aria-label="Table" tabindex="0">\n${tableOpen(tokens, idx, options, env, self)}`;
  rules.table_close = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => `${tableClose(tokens, idx, options, env, self)}</div>\n`;
  rules.figure_open = () => '<figure class="app-figure">\n';
  rules.figcaption_open = () => '<figcaption class="app-figure__caption govuk-body-s">';
}

/** Images and raw HTML references go through the build's `images` hook. */
function images(md: any): void {
  const rules = md.renderer.rules;
  const image = defaultRule(md, "image");
  rules.image = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => {
    const token = tokens[idx];
    if (!env.images || !env.page) return image(tokens, idx, options, env, self);
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return env.images.image(token.attrGet("src") ?? "", alt, env.page, insideLink(tokens, idx));
  };
  // A link to an image file (`[![alt](x.png)](x.png)`, `[the full diagram](flow.png)`) goes to the
  // published original.
  const linkOpen = defaultRule(md, "link_open");
  rules.link_open = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => {
    const href = tokens[idx].attrGet("href");
    if (env.images && env.page && href) {
      const published = env.images.rewriteReference(href, env.page);
      if (published !== undefined) tokens[idx].attrSet("href", published);
    }
    return linkOpen(tokens, idx, options, env, self);
  };
  for (const name of ["html_block", "html_inline"]) {
    const html = defaultRule(md, name);
    rules[name] = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) => {
      const out = html(tokens, idx, options, env, self);
      return env.images && env.page ? rewriteHtmlReferences(out, (ref) => env.images!.rewriteReference(ref, env.page!)) : out;
    };
  }
}

/** Whether an inline token sits inside a link that the Markdown opened before it. */
function insideLink(tokens: Token[], idx: number): boolean {
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    if (tokens[i].type === "link_close") depth--;
    else if (tokens[i].type === "link_open" && ++depth > 0) return true;
  }
  return false;
}

const REFERENCING_TAG = /<(img|source|video|audio|a|image)\b[^>]*>/gi;
const REFERENCE_ATTRIBUTE = /(\s(?:src|href|poster)\s*=\s*)(["'])(.*?)\2/gi;

/** Rewrite the src, href and poster attributes of image, media and link tags in a piece of HTML. */
export function rewriteHtmlReferences(html: string, rewrite: (reference: string) => string | undefined): string {
  return html.replace(REFERENCING_TAG, (tag) =>
    tag.replace(REFERENCE_ATTRIBUTE, (whole, before: string, quote: string, value: string) => {
      const replaced = rewrite(value);
      return replaced === undefined ? whole : `${before}${quote}${replaced}${quote}`;
    }),
  );
}

/** Whether an address points into this site (a path), not elsewhere or into the page. */
export function isLocalReference(reference: string): boolean {
  return reference !== "" && !reference.startsWith("#") && !reference.startsWith("//") && !/^[a-z][a-z0-9+.-]*:/i.test(reference);
}

function createMarkdown(style: HistoryStyle): any {
  const md: any = markdownIt({ html: true, breaks: true, linkify: style.linkify, typographer: true });
  if (style.linkify) md.linkify.set({ fuzzyLink: false });
  // As Eleventy 2 and 3 do for the library they make (Engines/Markdown.js): indented code blocks
  // are off, so indented HTML and Nunjucks output are not turned into code.
  md.disable("code");
  if (style.attributesAndAlerts) md.use(markdownItAttrs);
  md.use(markdownItAbbr)
    .use(markdownItAnchor, { slugify: (text: string) => style.headingId(text), tabIndex: false })
    .use(markdownItDeflist)
    .use(markdownItFootnote)
    .use(markdownItIns)
    .use(markdownItImageFigures, { figcaption: true })
    .use(markdownItMark)
    .use(markdownItSub)
    .use(markdownItSup)
    .use(markdownItTableOfContents, {
      includeLevel: [2, 3],
      listType: "ol",
      slugify: (text: string) => style.headingId(text),
      transformContainerOpen: () => '<nav class="app-contents-list" aria-labelledby="contents-title">\n<h2 class="govuk-heading-s" id="contents-title">Contents</h2>',
      transformContainerClose: () => "</nav>\n",
    });
  // The contents list comes out of the plugin as HTML; give its list and links GOV.UK's classes.
  const tocBody = md.renderer.rules.toc_body as Renderer;
  md.renderer.rules.toc_body = (tokens: Token[], idx: number, options: any, env: MarkdownEnv, self: any) =>
    String(tocBody(tokens, idx, options, env, self))
      .replaceAll("<ol>", '<ol class="govuk-list govuk-list--number">')
      .replaceAll("<a href=", '<a class="govuk-link" href=');
  if (style.attributesAndAlerts) {
    // markdown-it-attribution 0.1.4 reads md.utils.assign, which markdown-it 15 no longer has.
    const attribution = { classNameContainer: "app-attribution", classNameAttribution: "app-attribution__caption", marker: "--" };
    md.use((instance: any) => markdownItAttribution({ ...instance, utils: { ...instance.utils, assign: Object.assign } }, attribution));
    md.use(markdownItGitHubAlerts, { icons: {} });
    // An alert (`> [!NOTE]`) is GOV.UK inset text that starts with its kind, or its own title.
    md.renderer.rules.alert_open = (tokens: Token[], idx: number) => {
      const { title, type } = tokens[idx].meta as { title: string; type: string };
      return `<div class="govuk-inset-text app-alert app-alert--${md.utils.escapeHtml(type)}">\n<p class="govuk-body govuk-!-font-weight-bold app-alert__title">${md.utils.escapeHtml(title)}</p>\n`;
    };
  }
  md.use(footnotes).use(blocks).use(images).use(govukClasses);
  return md;
}

export interface PostMarkdown {
  /** Eleventy calls this with the page's data: the page's style decides which markdown-it renders it. */
  render(source: string, data?: { page?: MarkdownPage; historyStyle?: unknown }): string;
  renderInline(source: string, data?: { page?: MarkdownPage; historyStyle?: unknown }): string;
}

/**
 * The posts' Markdown library for Eleventy (setLibrary("md", ...)). Each render gets an environment
 * of its own: markdown-it plugins keep per-document state in it (footnotes, heading ids), and the
 * data object Eleventy passes is the page's, which a second render of the same page would reuse.
 */
export function postMarkdown(images?: MarkdownImages): PostMarkdown {
  const engines = new Map<HistoryStyleName, any>(HISTORY_STYLE_NAMES.map((name) => [name, createMarkdown(historyStyleOf({ historyStyle: name }))]));
  const envFor = (data: { page?: MarkdownPage; historyStyle?: unknown } | undefined): MarkdownEnv => ({ page: data?.page, style: historyStyleOf(data), images });
  return {
    render(source, data) {
      const env = envFor(data);
      return engines.get(env.style.name).render(source, env);
    },
    renderInline(source, data) {
      const env = envFor(data);
      return engines.get(env.style.name).renderInline(source, env);
    },
  };
}
