// Every post gets the post layout and is published at /<slug>/, its file name without the date
// (Eleventy strips a YYYY-MM-DD- prefix from page.fileSlug).
export default {
  layout: "layouts/post.njk",
  permalink: "/{{ page.fileSlug }}/",
};
