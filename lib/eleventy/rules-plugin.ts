// Eleventy plugin: the rules pages' data, the appRulesTable view for the macro, and the eligibility
// downloads (/rules/<id>/eligibility.json and .csv), all computed from rules/ at build time.
import { deepFreeze } from "../util/deep-freeze.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { RULE_SETS, ruleSetById } from "../../rules/index.ts";
import { eligibilityCsv, eligibilityJson } from "../site-data/rules-tables.ts";
import { rulesSiteView, rulesTableView, type RulesSiteView } from "../site-data/rules-view.ts";

let view: RulesSiteView | undefined;
/** Computed once per process: the rules cannot change without restarting (they are imported modules). */
export function rulesData(): RulesSiteView {
  return (view ??= deepFreeze(rulesSiteView()));
}

export default function rulesPlugin(eleventyConfig: any) {
  eleventyConfig.addGlobalData("rules", () => rulesData());
  // {{ rulesTableView({ date: page.date, course: "npq-headship" }) }}: used by _includes/rules-table.
  eleventyConfig.addNunjucksGlobal("rulesTableView", rulesTableView);
  eleventyConfig.addFilter("ruleSetById", (id: string) => ruleSetById(id));

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    for (const r of RULE_SETS) {
      const dir = path.join(directories.output, "rules", r.id);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "eligibility.json"), eligibilityJson(r));
      await writeFile(path.join(dir, "eligibility.csv"), eligibilityCsv(r));
    }
  });
}
