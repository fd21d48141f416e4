// Every source the rules cite points to one place: a seed section (one of several with the same
// heading only with which one said), or the service's funding file at a commit the specification
// pairs with the rule set; and every commit the specification pairs with a rule set is cited, on the
// step its change decides. Found by walking everything rules/ exports, so a new source is checked too.
import { describe, expect, it } from "vitest";
import * as rules from "../../rules/index.ts";
import { decide, isUndecided, RULE_SETS, ruleSetById, type Application, type Source } from "../../rules/index.ts";
import { citedText, expectedCitationTitle } from "../catalogue/seed-text.ts";

/** funding-rules.md "Sources to cite": the commits that define each rule set. */
const SPEC_COMMITS: Readonly<Record<string, readonly string[]>> = {
  "2025-04-02": ["ae28b0ff7de8d2a90d4987fbd4af5f1727267f26"],
  "2025-08-21": ["e3b62ac17c28568e0346adb1ceb189cfddfaf1c1", "96cc7abc56db4ab674eaabe0a345290718968cf5"],
  "2026-06-01": ["7885fd2a789cd29cc2a99673a95c98d6ab007e00", "c581127001199220ad95512ad66f518f326421d7"],
};
const SERVICE_HREF = /^https:\/\/github\.com\/DFE-Digital\/npq-registration\/blob\/([0-9a-f]{40})\/app\/services\/funding_eligibility\.rb$/;

/** A citation: a title, and a seed or an address (the source documents themselves, with a file, are not citations). */
const isSource = (x: unknown): x is Source =>
  typeof x === "object" && x !== null && !("file" in x) && typeof (x as Source).title === "string" && ("document" in x || typeof (x as Source).href === "string");

/** Every Source reachable from the module's exports (functions apart), with where it was found. */
function sourcesIn(root: unknown): { where: string; source: Source }[] {
  const found: { where: string; source: Source }[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown, where: string) => {
    if (typeof x !== "object" || x === null || seen.has(x)) return;
    seen.add(x);
    if (isSource(x)) found.push({ where, source: x });
    if (Array.isArray(x)) x.forEach((v, i) => visit(v, `${where}[${i}]`));
    else for (const [k, v] of Object.entries(x)) if (k !== "engine") visit(v, `${where}.${k}`);
  };
  visit(root, "rules");
  return found;
}

const ALL = sourcesIn(rules);
const commitOf = (s: Source) => SERVICE_HREF.exec(s.href ?? "")?.[1] ?? null;
const stepSources = (s: { source: Source }) => [s.source, ...(s.source.also ?? [])];

describe("the sources the rules cite", () => {
  it("are found by the walk: seeds and the service's code", () => {
    expect(ALL.filter((s) => s.source.document).length).toBeGreaterThan(5);
    expect(ALL.filter((s) => commitOf(s.source)).length).toBeGreaterThan(50);
  });

  it.each(ALL.filter((s) => s.source.document).map((s) => [s.where, s.source] as const))("%s: one section of its seed, titled as the seed's outline says", (_, source) => {
    expect(() => citedText(source)).not.toThrow();
    expect(source.title).toBe(expectedCitationTitle(source));
  });

  it.each(ALL.filter((s) => !s.source.document).map((s) => [s.where, s.source] as const))("%s: the service's funding file at a commit the specification names", (_, source) => {
    const commit = commitOf(source);
    expect(commit, source.href).not.toBeNull();
    expect(Object.values(SPEC_COMMITS).flat()).toContain(commit);
    expect(source.title).toContain(`(${commit!.slice(0, 7)})`);
  });
});

describe("the service commits of each rule set", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("%s: its steps cite every commit the specification pairs with it, and no other", (id, r) => {
    const cited = new Set(r.steps.flatMap(stepSources).map(commitOf));
    expect([...cited].sort()).toEqual([...SPEC_COMMITS[id]!].sort());
    expect(rules.serviceCommitsCitedBy(r).sort()).toEqual([...SPEC_COMMITS[id]!].sort());
  });

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("%s: each difference from guidance cites a seed, beside a step citing the rule set's own commits", (id, r) => {
    for (const d of r.differences) {
      for (const g of d.guidance) expect(g.source.document, d.text).toMatch(/^seed-/);
      for (const s of stepSources(r.steps.find((s) => s.id === d.step)!)) expect(SPEC_COMMITS[id], d.text).toContain(commitOf(s));
    }
  });

  // Where each later commit applies: the application its change decides, and the step that decides it
  // must cite it (funding-rules.md; the commits' own descriptions).
  const base: Application = {
    course: "npq-headship",
    cohort: { id: "2026a", funding: "zero" },
    worksInEngland: true,
    previouslyFunded: false,
    workSetting: "a_school",
    kindOfNursery: null,
    institution: { kind: "school", urn: "100000", ukprn: null, establishmentTypeCode: "1", lists: [] },
    employmentType: null,
    approvedIttProvider: false,
    referredByReturnToTeachingAdviser: false,
    newHeadteacher: false,
  };
  it.each([
    ["2025-08-21", "96cc7abc56db4ab674eaabe0a345290718968cf5", "an unfunded cohort", base],
    [
      "2026-06-01",
      "c581127001199220ad95512ad66f518f326421d7",
      "early years leadership in a pre-school class that is part of a school",
      {
        ...base,
        course: "npq-early-years-leadership",
        cohort: { id: "2026b", funding: "full" },
        workSetting: "early_years_or_childcare",
        kindOfNursery: "preschool_class_as_part_of_school",
      },
    ],
  ] as const)("%s cites %s on the step that decides %s", (id, commit, _, application) => {
    const decision = decide(application as Application, ruleSetById(id)!);
    expect(isUndecided(decision)).toBe(false);
    const last = decision.trace[decision.trace.length - 1]!;
    expect(stepSources(ruleSetById(id)!.steps.find((s) => s.id === last.step)!).map(commitOf), last.step).toContain(commit);
  });
});
