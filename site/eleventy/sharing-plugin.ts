// Eleventy plugin: sharing meta (Open Graph and Twitter cards); see site/sharing/sharing-model.ts.
import { sharingModel } from "../sharing/sharing-model.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

export default function sharingPlugin(eleventyConfig: any) {
  addSiteFilter(eleventyConfig, "sharingModel", sharingModel);
}
