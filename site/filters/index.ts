// The site's general filters, one to a file (x-govuk/govuk-eleventy-plugin's layout); filters that
// belong to one concern (posts, screenshots, tags, rules, sitemap, sharing) live with its plugin.
export { addSiteUrlFilter } from "./site-url.ts";
export { asList } from "./as-list.ts";
export { breakable } from "./breakable.ts";
export { codeNames } from "./code-names.ts";
export { addFeedContentFilter } from "./feed-content.ts";
export { govukDate } from "./govuk-date.ts";
export { isoDate } from "./iso-date.ts";
export { markdownFilter } from "./markdown.ts";
export { markdownInlineFilter } from "./markdown-inline.ts";
export { newest } from "./newest.ts";
export { plural } from "./plural.ts";
export { postMarkdownFilter } from "./post-markdown.ts";
