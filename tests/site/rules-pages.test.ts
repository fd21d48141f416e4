// The rules pages, tables and downloads, read from a real build: every JSON row replays through
// `decide` to its outcome, which is the specification's (tests/rules/spec-oracle.ts), the HTML tables agree with the JSON, the changes pages equal a comparison
// of the JSON tables recomputed here, and every step is printed with its source.
import { spawnSync } from "node:child_process";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { COURSES, OUTCOMES, RULE_SETS, WORK_SETTINGS, decide, ruleSetById, type Application, type Branch, type RuleSet, type Step } from "../../rules/index.ts";
import { plural } from "../../common/plural.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { specOutcome } from "../rules/spec-oracle.ts";
import { courseTable } from "../../site/views/rules-tables.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

interface JsonTable {
  ruleSet: string;
  ruleSetHash: string;
  rows: { application: Application; status: string; funded: boolean; subjectToReview: boolean }[];
  undecided: { application: Application; error: string }[];
}

let site: BuiltSite;
const tables = new Map<string, JsonTable>();
beforeAll(() => {
  site = buildRealSite();
  for (const r of RULE_SETS) tables.set(r.id, JSON.parse(site.file(`/rules/${r.id}/eligibility.json`).toString("utf8")));
});
afterAll(() => site?.dispose());

const text = (el: { text: string } | null | undefined) => (el?.text ?? "").replace(/\s+/g, " ").trim();

describe("the eligibility downloads", () => {
  it.each(RULE_SETS.map((r) => [r.id]))("replay row by row through npm run decide for rule set %s", (id) => {
    const table = tables.get(id)!;
    expect(table.ruleSetHash).toBe(ruleSetById(id)!.hash);
    const input = table.rows.map((r) => JSON.stringify(r.application)).join("\n") + "\n";
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/decide.ts", "--brief"], { cwd: PROJECT_ROOT, input, encoding: "utf8", maxBuffer: 64 << 20 });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(table.rows.length);
    out.forEach((decision, i) => {
      const row = table.rows[i]!;
      expect({ ruleSet: decision.ruleSet, status: decision.status, funded: decision.funded, subjectToReview: decision.subjectToReview }, `row ${i + 1}`).toEqual({
        ruleSet: id,
        status: row.status,
        funded: row.funded,
        subjectToReview: row.subjectToReview,
      });
      // And the outcome is the specification's, computed by an oracle that is not the rules module.
      expect(row.status, `row ${i + 1}: ${JSON.stringify(row.application)}`).toBe(specOutcome(id, row.application));
    });
  });

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("hold every outcome rule set %s can return", (id, ruleSet) => {
    const statuses = new Set(tables.get(id)!.rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual([...ruleSet.outcomes].sort());
  });

  it.each(RULE_SETS.map((r) => [r.id]))("list the undecided paths of %s apart, each an error when replayed", (id) => {
    for (const u of tables.get(id)!.undecided) {
      expect(specOutcome(id, u.application)).toBe("error:missing_mandatory_institution");
      const result = decide(u.application, ruleSetById(id)!);
      expect("error" in result && result.error.code).toBe("missing_mandatory_institution");
    }
  });

  it.each(RULE_SETS.map((r) => [r.id]))("give the same rows as CSV for %s, the undecided ones last and marked", (id) => {
    const rows = parseCsv(site.file(`/rules/${id}/eligibility.csv`), { columns: true }) as Record<string, string>[];
    const { rows: json, undecided } = tables.get(id)!;
    expect(rows).toHaveLength(json.length + undecided.length);
    json.forEach((row, i) => {
      const r = rows[i]!;
      expect([r.status, r.error]).toEqual([row.status, ""]);
      expect(JSON.parse(r.application_json!)).toEqual(row.application);
    });
    undecided.forEach((row, i) => {
      const r = rows[json.length + i]!;
      expect([r.status, r.error, r.funded, r.subject_to_review]).toEqual(["", row.error, "", ""]);
      expect(r.outcome).toMatch(/^Cannot be decided: needs \S/);
      expect(JSON.parse(r.application_json!)).toEqual(row.application);
    });
  });
});

describe("the HTML eligibility tables", () => {
  it.each(RULE_SETS.flatMap((r) => COURSES.map((c) => [r.id, c.id] as const)))("agree with the JSON for %s, %s", (id, courseId) => {
    const page = site.page(`/rules/${id}/${courseId}/`);
    const table = page.querySelector("table.app-eligibility-table")!;
    expect(text(table.querySelector("caption"))).toContain(id);
    expect(table.querySelectorAll("thead th").every((th) => th.getAttribute("scope") === "col")).toBe(true);
    const region = page.querySelector(".app-table-scroll")!;
    expect([region.getAttribute("role"), region.getAttribute("tabindex"), Boolean(region.getAttribute("aria-label"))]).toEqual(["region", "0", true]);
    const html: string[] = [];
    let undecided = 0;
    for (const tr of table.querySelectorAll("tbody tr")) {
      expect(tr.querySelector("th")!.getAttribute("scope")).toBe("row");
      const status = tr.getAttribute("data-status")!;
      const shown = text(tr.querySelector(".app-status"));
      const settings = tr.getAttribute("data-settings")!.split(" ");
      if (status === "undecided") {
        expect(shown).toBe("missing_mandatory_institution");
        undecided += settings.length;
        continue;
      }
      // The outcome is in words as well as the tag: "Funded", "Not funded: <label>", "Subject to review: <label>".
      expect(shown).toBe(status);
      const o = OUTCOMES[status as keyof typeof OUTCOMES];
      expect(text(tr.querySelector(".govuk-tag"))).toBe(o.funded ? "Funded" : o.subjectToReview ? "Subject to review" : "Not funded");
      for (const s of settings) html.push(`${s}|${status}`);
    }
    const json = tables.get(id)!;
    const expected = json.rows.filter((r) => r.application.course === courseId).map((r) => `${r.application.workSetting ?? "none"}|${r.status}`);
    expect(html.sort()).toEqual(expected.sort());
    expect(undecided).toBe(json.undecided.filter((r) => r.application.course === courseId).length);
  });

  // Work settings in the order the service asks them; rows for every setting first.
  const SETTING_ORDER = [...WORK_SETTINGS, "none"];
  const VERDICT_ORDER = ["Funded", "Subject to review", "Not funded", "Cannot be decided"];
  it.each(RULE_SETS.flatMap((r) => COURSES.map((c) => [r.id, c.id] as const)))("sort %s, %s by work setting, then outcome", (id, courseId) => {
    const rows = site.page(`/rules/${id}/${courseId}/`).querySelectorAll("table.app-eligibility-table tbody tr");
    const keys = rows.map((tr) => {
      const settings = tr.getAttribute("data-settings")!.split(" ");
      const verdict = text(tr.querySelector(".govuk-tag") ?? tr.querySelector(".app-eligibility-table__outcome strong"));
      expect(VERDICT_ORDER, verdict).toContain(verdict);
      return [settings.length === SETTING_ORDER.length ? -1 : SETTING_ORDER.indexOf(settings[0]!), VERDICT_ORDER.indexOf(verdict)] as const;
    });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("link each step number of %s's tables to its step, in the path's order", (id, ruleSet) => {
    const stepPage = site.page(`/rules/${id}/`);
    for (const c of COURSES) {
      const expected = courseTable(ruleSet, c.id).rows;
      const rows = site.page(`/rules/${id}/${c.id}/`).querySelectorAll("table.app-eligibility-table tbody tr");
      rows.forEach((tr, i) => {
        const links = tr.querySelectorAll(".app-eligibility-table__steps a.app-step-link");
        expect(links.map((a) => text(a)).join(", "), `${c.id} row ${i + 1}`).toBe(expected[i]!.stepNumbers.split(", ").map((n) => `Step ${n}`).join(", "));
        for (const a of links) {
          const href = a.getAttribute("href")!;
          expect(href).toMatch(new RegExp(`^/rules/${id}/#step-`));
          const step = stepPage.querySelector(href.slice(href.indexOf("#")))!;
          expect(text(step.querySelector(".app-step__number")), href).toBe(`${text(a)}.`);
        }
      });
    }
  });
});

/** The changes, recomputed here from the JSON tables by replaying every row's application through both rule sets. */
function changedCellsFromJson(before: RuleSet, after: RuleSet) {
  const number = (r: RuleSet, step: string) => r.steps.find((s) => s.id === step)!.number;
  const compact = (r: RuleSet, trace: readonly { step: string; answer: string }[]) => trace.map((t) => `${number(r, t.step)}${t.answer[0]}`).join("");
  const outcome = (res: ReturnType<typeof decide>) => ("error" in res ? "undecided" : res.status);
  const apps = [...tables.get(before.id)!.rows, ...tables.get(before.id)!.undecided, ...tables.get(after.id)!.rows, ...tables.get(after.id)!.undecided].map((r) => r.application);
  const cells = new Map<string, { course: string; before: string; after: string }>();
  for (const a of apps) {
    const b = decide(a, before);
    const c = decide(a, after);
    if (outcome(b) === outcome(c)) continue;
    cells.set(`${a.course}|${a.workSetting ?? "none"}|${compact(before, b.trace)}|${compact(after, c.trace)}`, { course: a.course, before: outcome(b), after: outcome(c) });
  }
  return cells;
}

describe("the changes pages", () => {
  it.each(RULE_SETS.slice(1).map((r, i) => [RULE_SETS[i]!.id, r.id] as const))("show exactly the cells whose outcome changed from %s to %s", (beforeId, afterId) => {
    const expected = changedCellsFromJson(ruleSetById(beforeId)!, ruleSetById(afterId)!);
    const overview = site.page("/rules/changes/");
    const section = overview.querySelector(`#from-${beforeId}-to-${afterId}`)!;
    expect(text(section)).toContain(`${plural(expected.size, "table cell")} changed outcome`);
    const shown = new Map<string, { course: string; before: string; after: string }>();
    for (const link of section.querySelectorAll(".app-changes-overview tbody th a")) {
      const page = site.page(link.getAttribute("href")!);
      const table = page.querySelector("table.app-changes-table")!;
      const course = table.getAttribute("data-course")!;
      for (const tr of table.querySelectorAll("tbody tr")) {
        for (const key of tr.getAttribute("data-cells")!.split(" ")) {
          shown.set(`${course}|${key}`, { course, before: tr.getAttribute("data-before")!, after: tr.getAttribute("data-after")! });
        }
      }
    }
    expect(Object.fromEntries([...shown].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it("list the rule steps that changed, with links to both rule sets", () => {
    const page = site.page("/rules/changes/");
    const steps = page.querySelectorAll("#from-2025-08-21-to-2026-06-01 .app-step-changes li").map(text);
    expect(steps.some((s) => s.startsWith("Added") && s.includes("early years leadership"))).toBe(true);
    expect(steps.some((s) => s.startsWith("Changed") && s.includes("NPQH, NPQSENCO or NPQSL"))).toBe(true);
  });

  it.each(RULE_SETS.slice(1).map((r, i) => [RULE_SETS[i]!.id, r.id] as const))("list a step that only moved (%s to %s) apart from the changes", (beforeId, afterId) => {
    const [before, after] = [ruleSetById(beforeId)!, ruleSetById(afterId)!];
    const section = site.page("/rules/changes/").querySelector(`#from-${before.id}-to-${after.id}`)!;
    // Where an answer leads: the step it goes to (by identity, not number), or how the decision ends.
    const leadsTo = (r: RuleSet, step: Step, branch: Branch) =>
      branch === "next" ? r.steps[r.steps.indexOf(step) + 1]!.id : "goTo" in branch ? branch.goTo : JSON.stringify(branch);
    // The values of the parameters a step's test names ({ param: ... }), as sets.
    const named = (c: unknown): string[] =>
      Array.isArray(c) ? c.flatMap(named) : c && typeof c === "object" ? ("param" in c ? [String((c as { param: string }).param)] : Object.values(c).flatMap(named)) : [];
    const values = (r: RuleSet, step: Step) => named(step.test).map((id) => [...(r.parameters.find((p) => p.id === id)?.value ?? [])].sort());
    // The same step: it asks, checks, leads to and reads the same in both rule sets, whatever its number.
    const meaning = (r: RuleSet, step: Step) => JSON.stringify([step.question, step.rule, step.test, leadsTo(r, step, step.yes), leadsTo(r, step, step.no), values(r, step)]);
    const same = (id: string) => meaning(before, before.steps.find((s) => s.id === id)!) === meaning(after, after.steps.find((s) => s.id === id)!);
    const idOf = (li: HTMLElement) => li.querySelector("a")!.getAttribute("href")!.replace(/^.*#step-/, "");
    const moved = section.querySelectorAll(".app-step-renumbered li");
    const expectedMoved = after.steps.filter((s) => before.steps.some((b) => b.id === s.id && b.number !== s.number) && same(s.id)).map((s) => s.id);
    expect(moved.map(idOf)).toEqual(expectedMoved);
    for (const li of moved) {
      const id = idOf(li);
      expect(text(li)).toContain(`Step ${before.steps.find((s) => s.id === id)!.number} is now step ${after.steps.find((s) => s.id === id)!.number}`);
    }
    const changed = section.querySelectorAll(".app-step-changes li").filter((li) => text(li).startsWith("Changed"));
    expect(changed.length).toBeGreaterThan(0);
    for (const li of changed) expect(same(idOf(li)), text(li)).toBe(false);
    expect(text(section.querySelector(".govuk-details__summary"))).toContain(moved.length ? `${plural(moved.length, "step")} only renumbered` : "changed");
  });
});

describe("the rule set pages", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("print the steps of %s in order, each with its source", (id, ruleSet) => {
    const page = site.page(`/rules/${id}/`);
    const steps = page.querySelectorAll(".app-step");
    expect(steps.map((s) => s.getAttribute("id"))).toEqual(ruleSet.steps.map((s) => `step-${s.id}`));
    steps.forEach((s, i) => {
      const step = ruleSet.steps[i]!;
      expect(text(s.querySelector(".app-step__question"))).toBe(`Step ${step.number}. ${step.question}`);
      expect(s.querySelector(".app-citation a")!.getAttribute("href")).toBe(step.source.href);
    });
    expect(text(page.querySelector(".app-hash"))).toBe(ruleSet.hash);
  });

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("show each guidance difference of %s beside its step with both sources", (id, ruleSet) => {
    const page = site.page(`/rules/${id}/`);
    expect(page.querySelectorAll(".app-difference")).toHaveLength(ruleSet.differences.length);
    for (const d of ruleSet.differences) {
      const boxes = page.querySelectorAll(`#step-${d.step} .app-difference`).map(text);
      const box = boxes.find((b) => b.includes(d.text))!;
      expect(box).toContain("Differs from guidance");
      // Each statement of the guidance, with its section and its words; then the service's code at the step.
      for (const g of d.guidance) {
        expect(box).toContain(`Guidance: ${g.source.title}`);
        expect(box).toContain(g.quote);
      }
      expect(box).toContain(`Service: ${ruleSet.steps.find((s) => s.id === d.step)!.source.title}`);
    }
  });

  it("list the rule sets with their dates on /rules/", () => {
    const rows = site.page("/rules/").querySelectorAll("tbody tr").map(text);
    expect(rows).toHaveLength(RULE_SETS.length);
    expect(rows[0]).toContain("2 April 2025 to 20 August 2025");
    expect(rows[rows.length - 1]).toContain("From 1 June 2026 (latest)");
  });
});

describe("permalinks", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("give every step of %s a visible link to itself, listed in the contents", (id, ruleSet) => {
    const page = site.page(`/rules/${id}/`);
    const contents = page.querySelectorAll(".app-contents__steps a").map((a) => a.getAttribute("href"));
    expect(contents).toEqual(ruleSet.steps.map((s) => `#step-${s.id}`));
    for (const s of ruleSet.steps) {
      const step = page.querySelector(`#step-${s.id}`);
      expect(step, s.id).not.toBeNull();
      expect(step!.querySelector(".app-permalink")?.getAttribute("href")).toBe(`#step-${s.id}`);
      expect(step!.querySelector(".app-permalink")?.text).toContain(`/rules/${id}/#step-${s.id}`);
    }
  });

  it("give every eligibility table row a unique id, a link to it, and the same id in the next build", () => {
    const ids: string[] = [];
    for (const r of RULE_SETS) {
      for (const c of COURSES) {
        const rows = site.page(`/rules/${r.id}/${c.id}/`).querySelectorAll(".app-eligibility-table tbody tr");
        for (const row of rows) {
          const id = row.getAttribute("id")!;
          expect(id).toMatch(/^row-[0-9a-f]{10}$/);
          expect(row.querySelector(".app-permalink")?.getAttribute("href")).toBe(`#${id}`);
          ids.push(`${r.id}/${c.id}#${id}`);
        }
      }
    }
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    // Ids come from the rows' paths and facts, not their order or the build: computed afresh, the same.
    const again = RULE_SETS.flatMap((r) => COURSES.flatMap((c) => courseTable(r, c.id).rows.map((row) => `${r.id}/${c.id}#${row.id}`)));
    expect(again).toEqual(ids);
  });
});

describe("the parameters, in words", () => {
  // Every code a parameter value can hold, as the rules and downloads write it.
  const codes = (r: RuleSet) => r.parameters.flatMap((p) => p.value);
  const codePattern = (values: string[]) => new RegExp(`(?<![\\w-])(${[...new Set(values)].filter((v) => /[-_]/.test(v) || /^\\d+$/.test(v)).map((v) => v.replace(/[-]/g, "\\-")).join("|")})(?![\\w-])`);

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("name each value of %s in words, with the codes apart for the technical reader", (id, ruleSet) => {
    const page = site.page(`/rules/${id}/`);
    const rows = page.querySelectorAll("#parameters + dl .govuk-summary-list__row");
    expect(rows).toHaveLength(ruleSet.parameters.length);
    const pattern = codePattern(codes(ruleSet));
    ruleSet.parameters.forEach((p, i) => {
      const value = rows[i]!.querySelector(".govuk-summary-list__value")!.clone() as typeof rows[number];
      const codeLine = value.querySelector("code")?.text;
      expect(codeLine, p.id).toBe(p.value.join(", "));
      value.querySelectorAll("code, .app-citation").forEach((n) => n.remove());
      const words = text(value);
      expect(words, `${p.id}: ${words}`).not.toMatch(pattern);
      if (p.vocabulary === "course") for (const c of p.value) expect(words).toContain(COURSES.find((course) => course.id === c)!.name);
      if (p.vocabulary === "establishment-type-code") expect(words).toMatch(/\(type \d+\)/);
    });
  });

  it("say what changed in words on the changes page", () => {
    const page = site.page("/rules/changes/");
    const lines = page.querySelectorAll("li").filter((li) => /: was .*; now /.test(li.text));
    expect(lines.length).toBeGreaterThan(2);
    const pattern = codePattern(RULE_SETS.flatMap(codes));
    for (const li of lines) {
      const copy = li.clone() as typeof li;
      copy.querySelectorAll("code").forEach((n) => n.remove());
      expect(text(copy)).not.toMatch(pattern);
    }
  });
});

describe("the catalogue's funding by work setting", () => {
  it("shows every qualification with a course under the latest rule set, and NASENCo as not stated", () => {
    const latest = RULE_SETS[RULE_SETS.length - 1]!;
    for (const slug of ["npqh", "npqsl", "npqeyl", "ehco", "aso"]) {
      const section = site.page(`/npqs/${slug}/`);
      expect(section.querySelectorAll(".app-funding-by-setting .govuk-summary-list__row"), slug).toHaveLength(6);
      expect(text(section.querySelector(".app-funding-citation"))).toContain(`rule set ${latest.id}`);
    }
    expect(text(site.page("/npqs/ehco/").querySelector(".app-funding-by-setting"))).not.toContain("Not funded");
    expect(text(site.page("/npqs/nasenco/").querySelector(".app-funding-no-course"))).toContain("not stated in the sources");
  });
});

describe("the summaries of funding by work setting", () => {
  it("write the outcomes they list with their names and acronyms as the outcomes do (NPQ, PP50, Ofsted)", () => {
    // Words an outcome's label writes with a capital past its first letter: acronyms and names.
    const named = new Set<string>();
    for (const o of Object.values(OUTCOMES)) {
      o.label.split(/[^A-Za-z0-9]+/).forEach((word, i) => {
        if (/[A-Z]/.test(i === 0 ? word.slice(1) : word)) named.add(word);
      });
    }
    expect(named.size, "the outcome labels should name some acronyms").toBeGreaterThan(2);
    const summaries = [
      ...RULE_SETS.flatMap((r) => site.page(`/rules/${r.id}/`).querySelectorAll(".app-matrix-note").map((n) => [`/rules/${r.id}/`, text(n)] as const)),
      ...["npqh", "npqsl", "npqeyl", "npqltd", "npqlpm", "ehco", "aso"].flatMap((q) => site.page(`/npqs/${q}/`).querySelectorAll(".app-funding-by-setting dd").map((n) => [`/npqs/${q}/`, text(n)] as const)),
    ];
    // The tag says "Not funded"; the summary beside it gives the reasons, in the outcomes' words.
    const reasons = Object.values(OUTCOMES).filter((o) => !o.funded && !o.subjectToReview).map((o) => o.label.toLowerCase());
    expect(summaries.some(([, t]) => reasons.some((r) => t.toLowerCase().includes(r))), "some summaries should list reasons").toBe(true);
    for (const [page, summary] of summaries) {
      for (const word of summary.split(/[^A-Za-z0-9]+/)) {
        const written = [...named].find((n) => n.toLowerCase() === word.toLowerCase());
        if (written) expect(word, `${page}: "${summary}"`).toBe(written);
      }
    }
  });
});

describe("navigation and the checker page without JavaScript", () => {
  it("adds Rules and Check funding to the service navigation", () => {
    const nav = site.page("/").querySelectorAll(".govuk-service-navigation__link").map((a) => [text(a), a.getAttribute("href")]);
    expect(nav).toEqual(expect.arrayContaining([["Rules", "/rules/"], ["Check funding", "/check/"]]));
  });

  it("links to every rule set's tables on /check/ before the script runs", () => {
    const page = site.page("/check/");
    const links = page.querySelectorAll(".app-checker__fallback a").map((a) => a.getAttribute("href"));
    for (const r of RULE_SETS) expect(links).toContain(`/rules/${r.id}/#eligibility`);
    expect(page.querySelector('script[src="/assets/checker.js"]')).not.toBeNull();
    expect(site.file("/assets/checker.js").length).toBeGreaterThan(1000);
  });
});
