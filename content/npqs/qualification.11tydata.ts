// Permalink, title and description of each qualification's page (see lib/eleventy/paged-data.ts).
import { pagedData } from "../../lib/eleventy/paged-data.ts";
import type { QualificationView } from "../../lib/site-data/catalogue-view.ts";

export default pagedData<QualificationView>("q", (q) => `/npqs/${q.slug}/`, {
  title: (q) => `${q.name} (${q.code})`,
  description: (q) => q.summary,
}, { fromGlobalData: true });
