// Eleventy plugin: sharing meta (Open Graph and Twitter cards); see site/sharing/sharing-model.ts.
import { sharingModel } from "../sharing/sharing-model.ts";

export default function sharingPlugin(eleventyConfig: any) {
  eleventyConfig.addNunjucksFilter("sharingModel", sharingModel);
}
