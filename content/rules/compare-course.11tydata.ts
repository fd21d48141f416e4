// Permalink, title and description of each course's page of changed cells between two rule sets (see
// site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { RulesSiteView } from "../../site/views/rules-view.ts";

type CoursePage = RulesSiteView["coursePages"][number];

export default pagedData<CoursePage>("p", (p) => p.course.url, {
  title: (p) => `${p.course.label}: cells that differ from rule set ${p.pair.from.id} to rule set ${p.pair.to.id}`,
  description: (p) => `The eligibility table cells for ${p.course.label} whose outcome differs between rule sets ${p.pair.from.id} and ${p.pair.to.id}.`,
}, { fromGlobalData: true });
