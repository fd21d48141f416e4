// `text | postMarkdown`: the Markdown of posts, for components DfE histories call from posts
// (appEmail, appUserNeed...), which they often import without context: then in this site's own style.
import nunjucks from "nunjucks";
import type { PostMarkdown } from "../markdown/post-markdown.ts";

export function postMarkdownFilter(posts: PostMarkdown) {
  return function (this: any, text: unknown) {
    const data = this?.ctx?.page ? this.ctx : undefined;
    return new nunjucks.runtime.SafeString(posts.render(text == null ? "" : String(text), data));
  };
}
