// Key figures, as a table a policy reader can check against the seeds: each row names the value the
// catalogue must hold and the phrase of the seed section that states it.
import { describe, expect, it } from "vitest";
import {
  QUALIFICATIONS,
  describeLength,
  factsOf,
  qualificationBySlug,
  type Component,
  type Fact,
  type Qualification,
} from "../../catalogue/index.ts";
import type { SourceDocumentId } from "../../rules/sources.ts";
import { sectionText, squash } from "./seed-text.ts";

const LEADERSHIP = ["npqsl", "npqh", "npqel", "npqeyl", "npqsenco"];
const SPECIALIST = ["npqltd", "npqlt", "npqlbc", "npqll", "npqlpm"];
const NPQS = [...LEADERSHIP, ...SPECIALIST];

function q(slug: string): Qualification {
  const found = qualificationBySlug(slug);
  if (!found) throw new Error(`no qualification with slug "${slug}"`);
  return found;
}
function components(slug: string, kind: Component["kind"]): Fact<Component>[] {
  return factsOf(q(slug).components).filter((f) => f.value.kind === kind);
}

interface Row {
  readonly sentence: string;
  readonly slugs: readonly string[];
  readonly kind: Component["kind"];
  readonly expected: Partial<Record<string, unknown>>;
  readonly seed: SourceDocumentId;
  readonly section: string;
  readonly phrases: readonly string[];
  /** A second section the fact also cites, where its figures come from two. */
  readonly also?: { readonly section: string; readonly phrases: readonly string[] };
}

const COMPONENT_ROWS: readonly Row[] = [
  {
    sentence: "Each leadership NPQ has two face-to-face conferences of 6 hours",
    slugs: LEADERSHIP,
    kind: "conferences",
    expected: { count: 2, hoursEach: 6 },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["A 6-hour face to face event", "Leadership NPQs have two conferences"],
  },
  {
    sentence: "Each specialist NPQ has one face-to-face conference of 6 hours",
    slugs: SPECIALIST,
    kind: "conferences",
    expected: { count: 1, hoursEach: 6 },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["A 6-hour face to face event", "Specialist NPQs have one conference"],
  },
  {
    sentence: "Each leadership NPQ has 9 half-termly courses",
    slugs: LEADERSHIP,
    kind: "courses",
    expected: { count: 9, cadence: "half-termly" },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["Leadership NPQs are made up of 9 courses", "half-termly courses"],
  },
  {
    sentence: "Each specialist NPQ has 6 half-termly courses",
    slugs: SPECIALIST,
    kind: "courses",
    expected: { count: 6, cadence: "half-termly" },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["Specialist NPQs are made up of 6 courses"],
  },
  {
    sentence: "Each NPQ's courses have six or nine modules (the handbook does not say which have which)",
    slugs: NPQS,
    kind: "modules",
    expected: { perCourse: [6, 9] },
    seed: "seed-003",
    section: "The sequence",
    phrases: ["Each course is composed of six or nine modules"],
  },
  {
    sentence: "Each NPQ begins with a 2-hour online induction",
    slugs: NPQS,
    kind: "induction",
    expected: { hours: 2, online: true },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["All programmes begin with a 2-hour, online induction"],
  },
  {
    sentence: "Each NPQ has facilitated clinics of 2 hours (their number is not stated)",
    slugs: NPQS,
    kind: "clinics",
    expected: { hoursEach: 2 },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["Clinics are 2 hours long", "They vary in number depending on the qualification"],
  },
  {
    sentence: "Each NPQ has community sessions of 1 hour 15 minutes (their number is not stated)",
    slugs: NPQS,
    kind: "communities",
    expected: { durationEach: { hours: 1, minutes: 15 } },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["Communities are 1-hour 15 minute sessions"],
  },
  {
    sentence: "Each NPQ has 2 asynchronous assessment webinars of up to 30 minutes",
    slugs: NPQS,
    kind: "assessment-webinars",
    expected: { count: 2, maxMinutesEach: 30 },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["2 asynchronous webinars, up to 30 minutes in length"],
  },
  {
    sentence: "A leadership NPQ's assessment is a 1,500-word open-book case study response in an 8-day window after 18 months",
    slugs: LEADERSHIP,
    kind: "assessment",
    expected: { windowDays: 8, responseWords: 1500, afterMonths: 18, openBook: true },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["within an 8-day window", "1500-word response", "following your 12 or 18 months", "The assessment is open book"],
  },
  {
    sentence: "A specialist NPQ's assessment is the same, after 12 months",
    slugs: SPECIALIST,
    kind: "assessment",
    expected: { windowDays: 8, responseWords: 1500, afterMonths: 12 },
    seed: "seed-003",
    section: "Core input and timings",
    phrases: ["within an 8-day window", "1500-word response", "following your 12 or 18 months"],
  },
  {
    sentence: "To be entered for assessment a participant completes at least 90% of the content, and has 2 attempts",
    slugs: NPQS,
    kind: "assessment-entry",
    expected: { minimumCompletionPercent: 90, expectedCompletionPercent: 100, attempts: 2 },
    seed: "seed-003",
    // The handbook's "Expectations" in two parts: the completion figures, then the attempts.
    section: "Engagement",
    phrases: ["expected to complete 100% of the content", "must complete a minimum of 90%"],
    also: { section: "Assessment", phrases: ["(you have 2)"] },
  },
  {
    sentence: "Each NPQ asks for about 50 minutes of study a week",
    slugs: NPQS,
    kind: "weekly-study",
    expected: { minutesPerWeek: 50 },
    seed: "seed-003",
    section: "Programme overview",
    phrases: ["a 50 minute input each week"],
  },
  {
    sentence: "The EHCO has 3 coaching sessions of 1 hour from experienced headteachers",
    slugs: ["ehco"],
    kind: "coaching",
    expected: { sessions: 3, hoursEach: 1, oneToOne: true },
    seed: "seed-003",
    section: "An introduction to each NPQ programme",
    phrases: ["3 x 1-hour coaching sessions from experienced headteachers"],
  },
];

describe("key programme figures from Ambition Institute's handbook (seed 003)", () => {
  for (const row of COMPONENT_ROWS) {
    it(row.sentence, () => {
      const text = squash(sectionText(row.seed, row.section));
      for (const phrase of row.phrases) expect(text).toContain(phrase);
      for (const slug of row.slugs) {
        const found = components(slug, row.kind).filter((f) => f.source.document === row.seed && f.source.section === row.section);
        expect(found.length, `${slug} has a ${row.kind} citing ${row.seed} '${row.section}'`).toBe(1);
        if (row.also) {
          const also = row.also;
          expect(squash(sectionText(row.seed, also.section))).toContain(also.phrases.join(" "));
          expect(found[0]?.alsoCites?.map((c) => c.source.section), `${slug} also cites '${also.section}'`).toContain(also.section);
        }
        for (const [k, v] of Object.entries(row.expected)) expect((found[0]?.value as Record<string, unknown>)[k], `${slug} ${k}`).toEqual(v);
      }
    });
  }

  it("only NPQEL and the EHCO have one-to-one coaching in the handbook; only NPQH has a school visit", () => {
    const text = squash(sectionText("seed-003", "Core input and timings"));
    expect(text).toContain("Coaching</b> (NPQEL and the Early Headship Coaching Offer only)");
    expect(text).toContain("School visit</b> (NPQH only)");
    const has = (kind: Component["kind"]) => QUALIFICATIONS.filter((x) => components(x.slug, kind).some((f) => f.source.document === "seed-003")).map((x) => x.code);
    expect(has("coaching")).toEqual(["NPQEL", "EHCO"]);
    expect(has("school-visit")).toEqual(["NPQH"]);
  });

  it("gives the ASO no programme components, since seed 000 describes none", () => {
    expect(q("aso").components).toEqual({ stated: false });
  });
});

/** Each qualification's lengths: one per source, as that source states it. */
const LENGTHS: Record<string, readonly (readonly [SourceDocumentId, string])[]> = {
  npqsl: [["seed-003", "18 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqh: [["seed-003", "within 18 months"], ["seed-002", "12 to 22 months, depending on the NPQ"], ["seed-001", "typically 18 months"]],
  npqel: [["seed-003", "18 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqeyl: [["seed-003", "18 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqsenco: [["seed-003", "18 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqltd: [["seed-003", "12 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqlt: [["seed-003", "12 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqlbc: [["seed-003", "12 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqll: [["seed-003", "12 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  npqlpm: [["seed-003", "12 months"], ["seed-002", "12 to 22 months, depending on the NPQ"]],
  ehco: [["seed-003", "12 months"]],
  nasenco: [["seed-001", "usually up to 1 year"]],
};

describe("lengths, as each source states them", () => {
  it.each(Object.entries(LENGTHS))("%s", (slug, expected) => {
    expect(factsOf(q(slug).length).map((f) => [f.source.document, describeLength(f.value)])).toEqual(expected);
  });
  it("the ASO's length is not stated (seed 000 gives none)", () => {
    expect(q("aso").length).toEqual({ stated: false });
  });
});

describe("one published NPQH description's figures (seed 001), labelled as that description's", () => {
  const FIGURES = [
    ["blended learning", 104, "hours", "The National Professional Qualification for Headship (NPQH)", "104 hours of blended learning"],
    ["online learning", 38, "hours", "Key details about the NPQH", "38 hours of online learning"],
    ["face-to-face events", 5, "events", "Key details about the NPQH", "5 face-to-face events"],
    ["coaching", 6, "hours", "Key details about the NPQH", "6 hours of coaching"],
    ["fee", 1855, "GBP", "Key details about the NPQH", "approximately £1,855 + VAT"],
  ] as const;
  it.each(FIGURES)("%s: %d %s", (measure, amount, unit, section, phrase) => {
    expect(squash(sectionText("seed-001", section))).toContain(phrase);
    const f = factsOf(q("npqh").providerFigures).find((x) => x.value.measure === measure);
    expect(f?.value).toMatchObject({ amount, unit });
    expect(f?.source).toMatchObject({ document: "seed-001", section });
    expect(f?.scope).toBe("npqh-description");
  });
  it("the fee is approximate and excludes VAT", () => {
    expect(factsOf(q("npqh").providerFigures).find((x) => x.value.measure === "fee")?.value).toEqual({
      measure: "fee",
      amount: 1855,
      unit: "GBP",
      approximately: true,
      plusVat: true,
    });
  });
  it("no other qualification has provider figures", () => {
    expect(QUALIFICATIONS.filter((x) => factsOf(x.providerFigures).length > 0).map((x) => x.code)).toEqual(["NPQH"]);
  });
});

describe("status and dates", () => {
  it("the ASO was introduced from autumn 2021 (seed 000), for heads in their first 24 months", () => {
    expect(factsOf(q("aso").status).map((f) => f.value)).toEqual([{ kind: "introduced", when: { year: 2021, term: "autumn" } }]);
    expect(factsOf(q("aso").audience).map((f) => f.evidence)).toContain("are in their first 24 months of headship");
  });
  it("the NASENCo is replaced by the NPQ for SENCOs from 2024 (seed 001), whose NPQ is in place since 1 September 2024 (seed 002)", () => {
    expect(factsOf(q("nasenco").status).map((f) => [f.source.document, f.value])).toEqual([
      ["seed-001", { kind: "replaced-by", qualification: "npq-senco", from: { year: 2024 } }],
      ["seed-003", { kind: "replaced-by", qualification: "npq-senco" }],
      ["seed-002", { kind: "successor-in-place-since", qualification: "npq-senco", when: { year: 2024, month: 9, day: 1 } }],
    ]);
  });
  it("the NPQ for SENCOs is in place since 1 September 2024 and replaces the NASENCo", () => {
    const values = factsOf(q("npqsenco").status).map((f) => f.value);
    expect(values).toContainEqual({ kind: "in-place-since", when: { year: 2024, month: 9, day: 1 } });
    expect(values).toContainEqual({ kind: "replaces", qualification: "nasenco" });
  });
});
