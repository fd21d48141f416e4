// Eleventy plugin: the NPQ catalogue as global data for /npqs/ and one page per qualification.
import { catalogueView } from "../site-data/catalogue-view.ts";

export default function cataloguePlugin(eleventyConfig: any) {
  eleventyConfig.addGlobalData("catalogue", () => catalogueView());
}
