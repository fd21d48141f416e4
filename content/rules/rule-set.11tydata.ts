// Permalink, title and description of each rule set's page (see lib/eleventy/paged-data.ts).
import { pagedData } from "../../lib/eleventy/paged-data.ts";
import type { RuleSetPageView } from "../../lib/site-data/rules-view.ts";

export default pagedData<RuleSetPageView>("r", (r) => r.url, {
  title: (r) => `Rule set ${r.id}`,
  description: (r) => `${r.title}: the decision steps in order, each with its source.`,
}, { fromGlobalData: true });
