// Permalink, title and description of each pair's compare page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { ComparisonView } from "../../site/views/rules-compare.ts";

export default pagedData<ComparisonView>("p", (p) => p.url, {
  title: (p) => p.title,
  description: (p) => `The steps, parameters and eligibility table cells that differ from rule set ${p.from.id} to rule set ${p.to.id}.`,
}, { fromGlobalData: true });
