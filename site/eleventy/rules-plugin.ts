// Eleventy plugin: the rules pages' data, the appRulesTable view for the macro, the eligibility
// downloads (/rules/<id>/eligibility.json and .csv) and the decision maps (site/rule-map/), all
// computed from rules/ at build time.
//
// The rules and their views are imported when the first build starts, not when the configuration
// loads: the configuration is on the way to the first thumbnail encode (see screenshots-plugin.ts),
// and these modules are a tenth of a second of it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RulesSiteView } from "../views/rules-view.ts";
import type { DecidedRulesView } from "../views/decided-rules-view.ts";
import type { RuleMapsView } from "../rule-map/rule-maps.ts";
import { deepFreeze } from "../../common/deep-freeze.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

const importRules = async () => {
  const [rules, tables, views, decided] = await Promise.all([
    import("../../rules/index.ts"),
    import("../views/rules-tables.ts"),
    import("../views/rules-view.ts"),
    import("../views/decided-rules-view.ts"),
  ]);
  return { rules, tables, views, decided };
};
let loading: ReturnType<typeof importRules> | undefined;
let modules: Awaited<ReturnType<typeof importRules>> | undefined;
let view: RulesSiteView | undefined;
let decidedView: DecidedRulesView | undefined;
/** Each rule set's eligibility downloads (/rules/<id>/eligibility.json and .csv), serialised. */
let downloads: { id: string; json: string; csv: string }[] | undefined;

/** Imported once per process, on the first build. */
async function loadRules() {
  return (modules ??= await (loading ??= importRules()));
}

/** Computed once per process: the rules cannot change without restarting (they are imported modules). */
export async function rulesData(): Promise<RulesSiteView> {
  const { views } = await loadRules();
  // Frozen, so Eleventy shares it between pages instead of copying it into each (common/deep-freeze.ts).
  return (view ??= deepFreeze(views.rulesSiteView()));
}

/** The rules decided beyond funding, and those stated but not decided (decided-rules-view.ts). */
export async function decidedRulesData(): Promise<DecidedRulesView> {
  const { decided } = await loadRules();
  return (decidedView ??= deepFreeze(decided.decidedRulesView()));
}

function loaded() {
  if (!modules) throw new Error("The rules are used before the build started: rulesPlugin loads them in eleventy.before");
  return modules;
}

let maps: Promise<RuleMapsView> | undefined;

/**
 * The decision map pages, laid out once per process (the rules cannot change without a restart) and
 * kept in the cache folder for the next build (site/rule-map/rule-maps.ts).
 */
export function ruleMapsData(cacheDir: string): Promise<RuleMapsView> {
  if (!maps) {
    maps = import("../rule-map/rule-maps.ts").then(({ ruleMaps, cachedLayout }) => ruleMaps(cachedLayout(cacheDir))).then(deepFreeze);
    // A failed layout fails this build, and the next build tries again.
    maps.catch(() => (maps = undefined));
  }
  return maps;
}

export default function rulesPlugin(eleventyConfig: any, { cacheDir }: { cacheDir: string }) {
  eleventyConfig.on("eleventy.before", async () => {
    await loadRules();
  });
  eleventyConfig.addGlobalData("rules", () => rulesData());
  eleventyConfig.addGlobalData("decidedRules", () => decidedRulesData());
  eleventyConfig.addGlobalData("ruleMaps", () => ruleMapsData(cacheDir));
  // {{ rulesTableView({ date: page.date, course: "npq-headship" }) }}: used by _includes/rules-table.
  eleventyConfig.addNunjucksGlobal("rulesTableView", (options: Parameters<NonNullable<typeof modules>["views"]["rulesTableView"]>[0]) =>
    loaded().views.rulesTableView(options),
  );
  addSiteFilter(eleventyConfig, "ruleSetById", (id: string) => loaded().rules.ruleSetById(id));

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { rules, tables } = loaded();
    // Made once per process, like rulesData: under `npm start` serialising the tables took about 50 ms
    // of every save, between the pages being written and the browser being told to reload.
    downloads ??= rules.RULE_SETS.map((r) => ({ id: r.id, json: tables.eligibilityJson(r), csv: tables.eligibilityCsv(r) }));
    await Promise.all(
      downloads.map(async ({ id, json, csv }) => {
        const dir = path.join(directories.output, "rules", id);
        await mkdir(dir, { recursive: true });
        await Promise.all([writeFile(path.join(dir, "eligibility.json"), json), writeFile(path.join(dir, "eligibility.csv"), csv)]);
      }),
    );
  });
}
