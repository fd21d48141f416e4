// `text | markdown` and `text | markdown("inline")`, as DfE design histories call it in posts: in a
// post, the post's own Markdown (its history's style); elsewhere, the site's.
import nunjucks from "nunjucks";
import type { Markdown } from "../markdown/markdown-type.ts";
import type { PostMarkdown } from "../markdown/post-markdown.ts";

export function markdownFilter(site: Markdown, posts: PostMarkdown) {
  return function (this: any, text: unknown, mode?: string) {
    const source = text == null ? "" : String(text);
    const data = this?.ctx;
    const html = data?.isPost
      ? mode === "inline" ? posts.renderInline(source, data) : posts.render(source, data)
      : mode === "inline" ? site.renderInline(source) : site.render(source);
    // HTML the site made: safe to print as it is, as GOV.UK Eleventy histories (autoescape off) print it.
    return new nunjucks.runtime.SafeString(html);
  };
}
