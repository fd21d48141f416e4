// Permalink, title and description of each decision map page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { RuleMapPageView } from "../../site/rule-map/rule-maps.ts";

export default pagedData<RuleMapPageView>("m", (m) => m.url, {
  title: (m) => m.title,
  description: (m) => m.description,
}, { fromGlobalData: true });
