// The pages of the rules decided beyond funding, read from a real build, against what the rules module
// itself decides: every step in order with its question, branches and source; every failing reason an
// early headship decision can give and every outcome a flow can end in (found by running the module
// over many cases, not read from the page's view); the dates and what changed; the rules the seeds
// state but the module does not decide, on /rules/; and no codes in the words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ASSESSMENT_OUTCOMES,
  ASSESSMENT_RULES,
  ASSESSMENT_STEPS,
  COURSE_IDS,
  EARLY_HEADSHIP_CRITERIA,
  EARLY_HEADSHIP_OFFERS,
  MANDATORY_SENCO_QUALIFICATION,
  MANDATORY_SENCO_QUALIFICATION_DATED_BY,
  PREVIOUS_FUNDING_OUTCOMES,
  PREVIOUS_FUNDING_STEPS,
  RULE_SETS,
  SENCO_OUTCOME_WORDS,
  SENCO_QUALIFICATION_WORDS,
  SENCO_STEPS,
  STATED_NOT_DECIDED,
  assessmentWindow,
  earlyHeadshipEligibility,
  formatDate,
  previouslyFundedFor,
  sencoQualification,
  type FlowBranch,
  type FlowOutcomeWords,
  type FlowStep,
  type SencoQualificationInput,
  type Source,
} from "../../rules/index.ts";
import { QUESTIONS } from "../../browser/early-headship/questions.ts";
import { citationLinks } from "../../site/provenance/citation-links.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { earlyHeadshipGrid } from "../rules/early-headship-grid.ts";

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

type Node = ReturnType<BuiltSite["page"]>;
const text = (el: { text: string } | null | undefined) => (el?.text ?? "").replace(/\s+/g, " ").trim();
const citesSource = (el: Node, source: Source) =>
  el.querySelectorAll(".app-citation a").some((a) => a.getAttribute("href") === citationLinks(source).href && text(a) === source.title);

/** The offers in date order: the last is the one in force. */
const OFFERS = [...EARLY_HEADSHIP_OFFERS].sort((a, b) => (a.dated < b.dated ? -1 : 1));
const LATEST = OFFERS[OFFERS.length - 1]!;

describe("the early headship page", () => {
  const url = "/rules/early-headship/";

  it("prints every criterion in order, in the words of the offer in force and of each earlier offer where they differ, citing both", () => {
    const page = site.page(url);
    const steps = page.querySelectorAll(".app-step");
    expect(steps.map((s) => s.getAttribute("id"))).toEqual(EARLY_HEADSHIP_CRITERIA.map((c) => `step-${c.id}`));
    EARLY_HEADSHIP_CRITERIA.forEach((c, i) => {
      const step = steps[i]!;
      expect(text(step.querySelector(".app-step__question"))).toBe(`Step ${i + 1}. ${c.question(LATEST)}`);
      for (const o of OFFERS) {
        if (c.question(o) !== c.question(LATEST)) expect(text(step)).toContain(c.question(o));
        expect(citesSource(step, o.source), `${c.id} cites ${o.source.title}`).toBe(true);
      }
    });
  });

  it("lists every failing reason a decision can give, under its criterion, and no other", () => {
    // Found by deciding: every reason the module gives for some applicant of the grid, for either offer.
    const reached = new Set(OFFERS.flatMap((o) => earlyHeadshipGrid().flatMap((a) => earlyHeadshipEligibility(a, o.id).reasons.map((r) => `${r.criterion}/${r.failure}`))));
    const page = site.page(url);
    const shown = page.querySelectorAll(".app-step [data-failure]").map((li) => `${li.closest(".app-step")!.getAttribute("data-step")}/${li.getAttribute("data-failure")}`);
    expect([...shown].sort()).toEqual([...reached].sort());
    for (const key of reached) {
      const [criterion, failureId] = key.split("/") as [string, string];
      const failure = EARLY_HEADSHIP_CRITERIA.find((c) => c.id === criterion)!.failures.find((f) => f.id === failureId)!;
      const li = page.querySelector(`#step-${criterion} [data-failure="${failureId}"]`)!;
      for (const o of OFFERS) expect(text(li)).toContain(failure.words(o));
    }
  });

  it("gives each offer's dates, whether a date is assumed, and what changed between them", () => {
    const page = site.page(url);
    const versions = text(page.querySelector(".app-versions"));
    for (const o of OFFERS) {
      expect(versions).toContain(`${o.name} From ${formatDate(o.dated)}${o.datedBy === "assumed" ? " (assumed)" : ""}`);
      if (!o.stillOffered) expect(versions).toContain("No longer offered");
    }
    const changes = page.querySelectorAll(".app-rule-changes li").map(text);
    OFFERS.slice(1).forEach((after, i) => {
      for (const c of EARLY_HEADSHIP_CRITERIA) {
        const before = OFFERS[i]!;
        if (c.question(before) !== c.question(after)) expect(changes.some((li) => li.includes(`was “${c.question(before)}”; now “${c.question(after)}”`)), c.id).toBe(true);
      }
    });
  });

  it("links to the funding steps that read whether the applicant is a new headteacher, and to its checker", () => {
    const page = site.page(url);
    const latest = RULE_SETS[RULE_SETS.length - 1]!;
    const reading = latest.steps.filter((s) => s.reads.fields.includes("newHeadteacher")).map((s) => `/rules/${latest.id}/#step-${s.id}`);
    expect(reading.length).toBeGreaterThan(0);
    expect(page.querySelectorAll("#used-by ~ ul a").map((a) => a.getAttribute("href"))).toEqual(reading);
    expect(page.querySelector('a[href="/rules/early-headship/check/"]')).not.toBeNull();
  });
});

/** Every outcome the module reaches over many cases, by running it. */
function fundingOnceOutcomes(): Set<string> {
  const out = new Set<string>();
  for (const course of COURSE_IDS)
    for (const past of COURSE_IDS)
      for (const accepted of [true, false])
        for (const eligibleForFunding of [true, false])
          for (const declinedFundedPlace of [true, false])
            for (const result of ["in_progress", "completed", "withdrawn", "failed", null] as const) {
              const counts = previouslyFundedFor(course, [{ course: past, accepted, eligibleForFunding, declinedFundedPlace, result }]).applications[0]!.counts;
              out.add(counts ? "counts" : "does_not_count");
            }
  return out;
}

function assessmentOutcomes(): Set<string> {
  const out = new Set<string>();
  for (const attemptsLeft of [0, 1, 2])
    for (const completedPercent of [0, 89, 90, 100])
      for (const deferralAgreedOn of [null, "2025-05-31", "2025-06-01", "2025-06-02"])
        for (const submitted of [true, false])
          for (const extenuatingCircumstances of [true, false])
            out.add(assessmentWindow({ deadline: "2025-06-01", completedPercent, deferralAgreedOn, submitted, extenuatingCircumstances }, attemptsLeft).outcome);
  return out;
}

function sencoOutcomes(): Set<string> {
  const out = new Set<string>();
  for (const setting of ["maintained_school", "academy", "free_school", "other"] as const)
    for (const qualifiedTeacher of ["qts", "qtls", "none"] as const)
      for (const newToRole of [true, false])
        for (const appointedOn of ["2022-01-10", "2024-08-31", "2024-09-01"])
          for (const qualifications of [[], [{ kind: "nasenco" as const, completedOn: "2024-06-01" }], [{ kind: "npq-senco" as const, completedOn: "2026-06-01" }], [{ kind: "npq-senco" as const, completedOn: "2028-06-01" }]])
            for (const asOf of ["2025-01-01", "2029-01-01"]) {
              const input: SencoQualificationInput = { appointedOn, newToRole, setting, qualifiedTeacher, qualifications, asOf };
              out.add(sencoQualification(input).outcome);
            }
  return out;
}

interface FlowPage {
  url: string;
  steps: readonly FlowStep<never, string>[];
  words: Readonly<Record<string, FlowOutcomeWords>>;
  reached: () => Set<string>;
}

const FLOW_PAGES: [string, FlowPage][] = [
  ["funding once", { url: "/rules/funding-once/", steps: PREVIOUS_FUNDING_STEPS as never, words: PREVIOUS_FUNDING_OUTCOMES, reached: fundingOnceOutcomes }],
  ["assessment entry", { url: "/rules/assessment-entry/", steps: ASSESSMENT_STEPS as never, words: ASSESSMENT_OUTCOMES, reached: assessmentOutcomes }],
  ["SENCO qualification", { url: "/rules/senco-qualification/", steps: SENCO_STEPS as never, words: SENCO_OUTCOME_WORDS, reached: sencoOutcomes }],
];

/** What a branch leads to, in the page's words, computed from the step data. */
function branchText(steps: readonly FlowStep<never, string>[], index: number, b: FlowBranch<string>, words: Readonly<Record<string, FlowOutcomeWords>>): string {
  if (b === "next") return `Go on to step ${index + 2}`;
  if ("goTo" in b) return `Go to step ${steps.findIndex((s) => s.id === b.goTo) + 1}`;
  return `outcome ${words[b.outcome]!.label}`;
}

describe.each(FLOW_PAGES)("the %s page", (_name, flow) => {
  it("prints every step in order with its question, rule, branches and source", () => {
    const page = site.page(flow.url);
    const steps = page.querySelectorAll(".app-step");
    expect(steps.map((s) => s.getAttribute("id"))).toEqual(flow.steps.map((s) => `step-${s.id}`));
    flow.steps.forEach((s, i) => {
      const el = steps[i]!;
      expect(text(el.querySelector(".app-step__question"))).toBe(`Step ${i + 1}. ${s.question}`);
      expect(text(el)).toContain(s.rule);
      const branches = el.querySelectorAll(".app-step__branches li").map(text);
      expect(branches).toEqual([`Yes: ${branchText(flow.steps, i, s.yes, flow.words)}`, `No: ${branchText(flow.steps, i, s.no, flow.words)}`]);
      expect(citesSource(el, s.source), s.id).toBe(true);
    });
  });

  it("lists every outcome the rules reach, in words, and no other", () => {
    const reached = flow.reached();
    const page = site.page(flow.url);
    const shown = page.querySelectorAll(".app-decided-outcomes [data-outcome]");
    expect(shown.map((row) => row.getAttribute("data-outcome")).sort()).toEqual([...reached].sort());
    for (const row of shown) {
      const w = flow.words[row.getAttribute("data-outcome")!]!;
      expect(text(row.querySelector("dt"))).toBe(w.label);
      expect(text(row.querySelector("dd"))).toContain(w.meaning);
    }
  });
});

describe("the dates of the flows' pages", () => {
  it("say funding once has one version, read by every funding rule set from the first that reads it", () => {
    const first = RULE_SETS.find((r) => r.steps.some((s) => s.reads.fields.includes("previouslyFunded")))!;
    const page = site.page("/rules/funding-once/");
    expect(text(page.querySelector(".app-one-version"))).toContain(`One version so far`);
    expect(text(page.querySelector(".app-one-version"))).toContain(formatDate(first.validFrom));
    expect(page.querySelectorAll(".app-rule-changes")).toHaveLength(0);
  });

  it("say assessment entry has one version, from an assumed date", () => {
    const page = site.page("/rules/assessment-entry/");
    expect(text(page.querySelector(".app-one-version"))).toContain(`One version so far`);
    expect(text(page.querySelector(".app-versions"))).toContain(`From ${formatDate(ASSESSMENT_RULES.dated)} (assumed)`);
    expect(text(page)).toContain("Ambition Institute");
  });

  it("give each dated value of the SENCO requirement, whether assumed, and what changed between them", () => {
    const page = site.page("/rules/senco-qualification/");
    const versions = text(page.querySelector(".app-versions"));
    const dates = Object.keys(MANDATORY_SENCO_QUALIFICATION.values).sort();
    for (const d of dates) expect(versions).toContain(`From ${formatDate(d)}${MANDATORY_SENCO_QUALIFICATION_DATED_BY[d] === "assumed" ? " (assumed)" : ""}`);
    const changes = page.querySelectorAll(".app-rule-changes li").map(text);
    expect(changes).toHaveLength(dates.length - 1);
    dates.slice(1).forEach((d, i) => {
      const words = (date: string) => MANDATORY_SENCO_QUALIFICATION.values[date]!.value.map((k) => SENCO_QUALIFICATION_WORDS[k as keyof typeof SENCO_QUALIFICATION_WORDS]);
      for (const w of [...words(dates[i]!), ...words(d)]) expect(changes[i]).toContain(w);
      expect(changes[i]).toContain(formatDate(d));
    });
  });
});

describe("the rules index", () => {
  it("links to each rule decided beyond funding", () => {
    const links = site.page("/rules/").querySelectorAll(".app-decided-rules dt a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/rules/early-headship/", "/rules/funding-once/", "/rules/assessment-entry/", "/rules/senco-qualification/"]);
  });

  it("lists the rules stated in the guidance but not decided by the service, each with its source", () => {
    const page = site.page("/rules/");
    expect(text(page.querySelector("#stated-not-decided"))).toBe("Stated in the guidance, not decided by the service");
    const items = page.querySelectorAll(".app-stated-rules > li");
    expect(items.map((li) => li.getAttribute("id"))).toEqual(STATED_NOT_DECIDED.map((s) => `stated-${s.id}`));
    STATED_NOT_DECIDED.forEach((s, i) => {
      expect(text(items[i])).toContain(s.text);
      expect(citesSource(items[i]!, s.source), s.id).toBe(true);
    });
  });
});

describe("the early headship checker page without JavaScript", () => {
  it("has the whole form, sent with GET, and the script that decides", () => {
    const page = site.page("/rules/early-headship/check/");
    const form = page.querySelector("form.app-check-form")!;
    expect(form.getAttribute("method")).toBe("get");
    for (const q of QUESTIONS) {
      if (q.kind === "radios") expect(form.querySelectorAll(`input[type=radio][name="${q.name}"]`).map((i) => i.getAttribute("value"))).toEqual(q.options.map((o) => o.value));
      else for (const part of ["day", "month", "year"]) expect(form.querySelector(`input[name="${q.name}-${part}"]`), `${q.name}-${part}`).not.toBeNull();
    }
    expect(page.querySelector('script[src="/assets/early-headship-check.js"]')).not.toBeNull();
    expect(site.file("/assets/early-headship-check.js").length).toBeGreaterThan(1000);
  });
});

describe("the words of the new pages", () => {
  // Codes as the rules write them: snake_case values and course ids. Permalinks and citations (a
  // source file's name) are not words of the page.
  const CODE = /\b[a-z0-9]+(?:_[a-z0-9]+)+\b|\bnpq-[a-z-]+\b/i;
  it.each(["/rules/", "/rules/early-headship/", "/rules/funding-once/", "/rules/assessment-entry/", "/rules/senco-qualification/", "/rules/early-headship/check/"])("%s has no codes in its text", (url) => {
    const main = site.page(url).querySelector("main")!.clone() as Node;
    main.querySelectorAll(".app-permalink-line, .app-citation, code, script").forEach((n) => n.remove());
    expect(text(main)).not.toMatch(CODE);
  });
});
