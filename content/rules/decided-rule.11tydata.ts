// Permalink, title and description of each page of a rule decided beyond funding (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { DecidedRulePage } from "../../site/views/decided-rules-view.ts";

export default pagedData<DecidedRulePage>("d", (d) => d.url, {
  title: (d) => d.title,
  description: (d) => d.description,
}, { fromGlobalData: true });
