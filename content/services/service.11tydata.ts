// Permalink, title and lead of each page of a service's listing (see site/eleventy/paged-data.ts).
import { pagedData } from "../../site/eleventy/paged-data.ts";
import type { ServicePage } from "../../site/posts/services.ts";

export default pagedData<ServicePage>("servicePage", (page) => page.url, {
  title: (page) => (page.number === 1 ? page.service.title : `${page.service.title} (page ${page.number})`),
  heading: (page) => page.service.title,
  description: (page) => page.service.description,
  caption: () => "Service",
}, { fromGlobalData: false });
