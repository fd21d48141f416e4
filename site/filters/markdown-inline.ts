// `text | markdownInline`: the site's Markdown of one line, with no paragraph around it.
import type { Markdown } from "../markdown/markdown-type.ts";

export function markdownInlineFilter(site: Markdown) {
  return (text: string) => site.renderInline(String(text ?? ""));
}
