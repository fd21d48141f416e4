// Permalink, title and description of each course's changes page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { RulesSiteView } from "../../site/views/rules-view.ts";

type ChangePage = RulesSiteView["changePages"][number];

export default pagedData<ChangePage>("p", (p) => p.course.url, {
  title: (p) => `${p.course.label}: changes from ${p.pair.before.id} to ${p.pair.after.id}`,
  description: (p) => `The eligibility table cells for ${p.course.label} whose outcome changed from rule set ${p.pair.before.id} to ${p.pair.after.id}.`,
}, { fromGlobalData: true });
