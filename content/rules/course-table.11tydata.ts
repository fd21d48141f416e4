// Permalink, title and description of each course's eligibility table page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { RulesSiteView } from "../../site/views/rules-view.ts";

type TablePage = RulesSiteView["tablePages"][number];

export default pagedData<TablePage>("t", (t) => t.url, {
  title: (t) => `${t.label}: eligibility under rule set ${t.ruleSet.id}`,
  description: (t) => `Every distinct path through rule set ${t.ruleSet.id} for ${t.label}, with its outcome.`,
}, { fromGlobalData: true });
