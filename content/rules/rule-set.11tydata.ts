// Permalink, title and description of each rule set's page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { RuleSetPageView } from "../../site/views/rules-view.ts";

export default pagedData<RuleSetPageView>("r", (r) => r.url, {
  title: (r) => `Rule set ${r.id}`,
  description: (r) => `${r.title}: the decision steps in order, each with its source.`,
}, { fromGlobalData: true });
