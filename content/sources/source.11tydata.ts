// Permalink, title and description of each source document's page (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { SourceDocumentPage } from "../../site/provenance/source-pages.ts";

export default pagedData<SourceDocumentPage>("s", (s) => s.url, {
  title: (s) => s.title,
  description: (s) => `${s.publisher}, ${s.title}: the source document as the rules and the catalogue cite it, with its SHA-256.`,
}, { fromGlobalData: true });
