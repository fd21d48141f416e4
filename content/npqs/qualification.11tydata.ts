// Permalink, title and description of each qualification's page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { QualificationView } from "../../site/views/catalogue-view.ts";

export default pagedData<QualificationView>("q", (q) => `/npqs/${q.slug}/`, {
  title: (q) => `${q.name} (${q.code})`,
  description: (q) => q.summary,
}, { fromGlobalData: true });
