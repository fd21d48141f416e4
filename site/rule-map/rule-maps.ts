// The decision map pages: one per rule set (/rules/<id>/map/), and one per pair of consecutive rule
// sets (/rules/changes/<before>-to-<after>/map/: the later map, its new and changed steps marked).
//
// Laying a map out takes elkjs one to four seconds here (2 shared cores), so each layout is kept:
// in memory for `npm start` (an edit to a post does not lay the maps out again) and in the cache folder
// for the next build, keyed by a hash of everything the layout reads (the boxes' sizes, the arrows, the
// options and elkjs's version). A rule set whose words or steps change gets a new key and a new layout.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { ElkNode } from "elkjs/lib/elk.bundled.js";
import { formatDate, RULE_SETS, type RuleSet } from "../../rules/index.ts";
import { changesAnchor } from "../views/rules-changes.ts";
import { rulesUrl, ruleSetSummary } from "../views/rules-view.ts";
import { writeAtomically } from "../../common/write-atomically.ts";
import { mapGraph, type MapGraph, type RemovedStep } from "./map-graph.ts";
import { elkjsLayout, layOutMap, type ElkLayout } from "./map-layout.ts";
import { mapList, type MapListItemView } from "./map-list.ts";
import { mapSvgView, type MapSvgView } from "./map-view.ts";
import { changesMapUrl, mapUrl } from "./map-urls.ts";

export interface RuleMapPageView {
  url: string;
  /** The page's heading and the map's name. */
  title: string;
  description: string;
  ruleSet: { id: string; title: string; url: string; inForce: string; from: string };
  /** On a map of changes, the earlier rule set and the changes page's section on the pair. */
  comparedWith: { id: string; title: string; url: string; mapUrl: string; changesUrl: string } | null;
  /** The region's label (it scrolls sideways on a narrow screen). */
  label: string;
  svg: MapSvgView;
  list: MapListItemView[];
  removed: RemovedStep[];
  counts: { steps: number; ends: number; differs: number; added: number; changed: number };
}

function page(graph: MapGraph, svg: MapSvgView, r: RuleSet, before: RuleSet | null): RuleMapPageView {
  const title = before ? `Decision map of the changes from rule set ${before.id} to ${r.id}` : `Decision map of rule set ${r.id}`;
  return {
    url: before ? changesMapUrl(before.id, r.id) : mapUrl(r.id),
    title,
    description: before
      ? `The steps of rule set ${r.id} as a map, with the steps that are new or changed since rule set ${before.id} marked.`
      : `The steps of rule set ${r.id} as a map: each step's question, where its yes and no lead, and every outcome.`,
    ruleSet: { id: r.id, title: r.title, url: rulesUrl(r.id), inForce: ruleSetSummary(r).inForce, from: formatDate(r.validFrom) },
    comparedWith: before ? { id: before.id, title: before.title, url: rulesUrl(before.id), mapUrl: mapUrl(before.id), changesUrl: `/rules/changes/#${changesAnchor(before.id, r.id)}` } : null,
    label: `${title} (scrolls sideways on a narrow screen)`,
    svg,
    list: mapList(graph),
    removed: graph.removed,
    counts: {
      steps: graph.steps.length,
      ends: graph.ends.length,
      differs: graph.steps.filter((s) => s.differsFromGuidance).length,
      added: graph.steps.filter((s) => s.change?.kind === "added").length,
      changed: graph.steps.filter((s) => s.change?.kind === "changed").length,
    },
  };
}

export interface RuleMapsView {
  ruleSets: RuleMapPageView[];
  changes: RuleMapPageView[];
  /** Both, for the template that makes the pages. */
  pages: RuleMapPageView[];
}

/** Every map page, each laid out by `layout`. */
export async function ruleMaps(layout: ElkLayout = elkjsLayout, ruleSets: readonly RuleSet[] = RULE_SETS): Promise<RuleMapsView> {
  const one = async (r: RuleSet, before: RuleSet | null) => {
    const graph = mapGraph(r, before ?? undefined);
    return page(graph, mapSvgView(await layOutMap(graph, layout)), r, before);
  };
  // One after another: elkjs works on this thread, so running them together would only interleave them.
  const pages: RuleMapPageView[] = [];
  for (const r of ruleSets) pages.push(await one(r, null));
  const changes: RuleMapPageView[] = [];
  for (let i = 1; i < ruleSets.length; i++) changes.push(await one(ruleSets[i]!, ruleSets[i - 1]!));
  return { ruleSets: pages, changes, pages: [...pages, ...changes] };
}

const ELKJS_VERSION = (createRequire(import.meta.url)("elkjs/package.json") as { version: string }).version;

/** The key of a layout: everything elkjs reads, and which elkjs reads it. */
export const layoutKey = (input: ElkNode) => createHash("sha256").update(JSON.stringify({ elkjs: ELKJS_VERSION, input })).digest("hex");

/**
 * elkjs's layout with the results kept in memory and in `<cacheDir>/rule-maps/<key>.json`. A cache
 * file that cannot be read or parsed is laid out again and rewritten.
 */
export function cachedLayout(cacheDir: string, layout: ElkLayout = elkjsLayout): ElkLayout & { computed: () => number } {
  const memory = new Map<string, Promise<ElkNode>>();
  let computed = 0;
  const cached = (input: ElkNode) => {
    const key = layoutKey(input);
    let result = memory.get(key);
    if (!result) {
      const file = path.join(cacheDir, "rule-maps", `${key}.json`);
      result = readFile(file, "utf8")
        .then((text) => JSON.parse(text) as ElkNode)
        .catch(async () => {
          computed++;
          // Without elkjs's own object ids ("$H"), which change from run to run and say nothing of the layout.
          const text = JSON.stringify(await layout(structuredClone(input)), (k, v) => (k === "$H" ? undefined : v));
          await writeAtomically(file, Buffer.from(text));
          return JSON.parse(text) as ElkNode;
        });
      memory.set(key, result);
      // A failed layout is not remembered: the next build tries again and reports it again.
      result.catch(() => memory.delete(key));
    }
    return result;
  };
  return Object.assign(cached, { computed: () => computed });
}
