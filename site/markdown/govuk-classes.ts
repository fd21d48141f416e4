// A markdown-it plugin that gives rendered Markdown GOV.UK Frontend's typography classes, so posts
// look like GOV.UK pages without extra CSS. (markdown-it-govuk does this too, but needs Node 22.)
import type { Markdown } from "./markdown-type.ts";

const HEADING_CLASSES: Record<string, string> = {
  h1: "govuk-heading-xl",
  h2: "govuk-heading-l",
  h3: "govuk-heading-m",
  h4: "govuk-heading-s",
  h5: "govuk-heading-s",
  h6: "govuk-heading-s",
};

const TOKEN_CLASSES: Record<string, string> = {
  paragraph_open: "govuk-body",
  bullet_list_open: "govuk-list govuk-list--bullet",
  ordered_list_open: "govuk-list govuk-list--number",
  link_open: "govuk-link",
  blockquote_open: "govuk-inset-text",
  hr: "govuk-section-break govuk-section-break--l govuk-section-break--visible",
  table_open: "govuk-table",
  thead_open: "govuk-table__head",
  tbody_open: "govuk-table__body",
  tr_open: "govuk-table__row",
  th_open: "govuk-table__header",
  td_open: "govuk-table__cell",
  code_inline: "app-code",
  fence: "app-code app-code--block",
  code_block: "app-code app-code--block",
};

export default function govukClasses(md: Markdown): void {
  md.core.ruler.push("govuk_classes", (state: any) => {
    const visit = (tokens: any[]) => {
      for (const token of tokens) {
        const cls = token.type === "heading_open" ? HEADING_CLASSES[token.tag] : TOKEN_CLASSES[token.type];
        // Paragraphs inside tight list items are hidden by markdown-it; leave them alone.
        if (cls && !token.hidden && !token.attrGet("class")) token.attrSet("class", cls);
        if (token.children) visit(token.children);
      }
    };
    visit(state.tokens);
  });
}
