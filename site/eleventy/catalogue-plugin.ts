// Eleventy plugin: the NPQ catalogue as global data for /npqs/ and one page per qualification.
// Imported when the build first asks for it, not when the configuration loads (see rules-plugin.ts).
import type { catalogueView } from "../views/catalogue-view.ts";
import { deepFreeze } from "../../common/deep-freeze.ts";

let view: ReturnType<typeof catalogueView> | undefined;

export default function cataloguePlugin(eleventyConfig: any) {
  // Computed once per process: the catalogue is imported modules, so it cannot change without a restart.
  // Frozen, so Eleventy shares it between pages instead of copying it into each (common/deep-freeze.ts).
  eleventyConfig.addGlobalData("catalogue", async () => (view ??= deepFreeze((await import("../views/catalogue-view.ts")).catalogueView())));
}
