// Permalink, title and heading of each tag's page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { TagRef } from "../../site/posts/tags.ts";

export default pagedData<TagRef>("tag", (tag) => tag.url, {
  title: (tag) => `Posts tagged “${tag.name}”`,
  heading: (tag) => tag.name,
}, { fromGlobalData: false });
