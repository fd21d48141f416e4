// The thirteen qualifications: present once each, tied to the rules' course vocabulary, grouped for
// the /npqs/ page.
import { describe, expect, it } from "vitest";
import { FACT_FIELDS, NOT_STATED, QUALIFICATIONS, qualificationById, qualificationBySlug, qualificationsByGroup, type Status } from "../../catalogue/index.ts";
import { COURSES, courseById } from "../../rules/courses.ts";
import { factsIn } from "./walk.ts";

const DISPLAY_ORDER = [
  ["NPQSL", "npqsl", "npq-leadership"],
  ["NPQH", "npqh", "npq-leadership"],
  ["NPQEL", "npqel", "npq-leadership"],
  ["NPQEYL", "npqeyl", "npq-leadership"],
  ["NPQSENCO", "npqsenco", "npq-leadership"],
  ["NPQLTD", "npqltd", "npq-specialist"],
  ["NPQLT", "npqlt", "npq-specialist"],
  ["NPQLBC", "npqlbc", "npq-specialist"],
  ["NPQLL", "npqll", "npq-specialist"],
  ["NPQLPM", "npqlpm", "npq-specialist"],
  ["EHCO", "ehco", "support-offer"],
  ["ASO", "aso", "support-offer"],
  ["NASENCo", "nasenco", "legacy"],
] as const;

describe("the qualifications", () => {
  it("are the ten NPQs, the EHCO, the ASO and the NASENCo, in display order, with their slugs and kinds", () => {
    expect(QUALIFICATIONS.map((q) => [q.code, q.slug, q.kind])).toEqual(DISPLAY_ORDER);
  });

  it("have unique ids, codes and slugs", () => {
    for (const key of ["id", "code", "slug"] as const) {
      expect(new Set(QUALIFICATIONS.map((q) => q[key])).size, key).toBe(13);
    }
  });

  it("cover every course in rules/courses.ts exactly once, with the rules' code", () => {
    const withCourse = QUALIFICATIONS.filter((q) => q.courseId !== null);
    expect(withCourse.map((q) => q.courseId).sort()).toEqual(COURSES.map((c) => c.id).sort());
    for (const q of withCourse) expect(courseById(q.courseId as string)?.code, q.code).toBe(q.code);
  });

  it("give the NASENCo no course id, since the service has no such course", () => {
    expect(qualificationBySlug("nasenco")).toMatchObject({ id: "nasenco", courseId: null, kind: "legacy" });
  });

  it("take each NPQ's and the EHCO's name from rules/courses.ts; the ASO's leaves out the unsourced '(2021; no longer offered)'", () => {
    for (const q of QUALIFICATIONS.filter((x) => x.courseId && x.code !== "ASO")) expect(q.name).toBe(courseById(q.courseId as string)?.name);
    const aso = qualificationBySlug("aso");
    expect(courseById("npq-additional-support-offer")?.name.startsWith(aso?.name ?? "?")).toBe(true);
    expect(aso?.name).toBe("Additional support offer for new headteachers");
  });

  it("have a slug that is the lower-case code", () => {
    for (const q of QUALIFICATIONS) expect(q.slug).toBe(q.code.toLowerCase());
  });

  it("state every field as a non-empty list of facts or as the not-stated marker", () => {
    for (const q of QUALIFICATIONS) {
      for (const field of FACT_FIELDS) {
        const value = q[field] as unknown;
        if (Array.isArray(value)) expect(value.length, `${q.code}.${field}`).toBeGreaterThan(0);
        else expect(value, `${q.code}.${field}`).toEqual({ stated: false });
      }
    }
  });

  it("hold facts only in the fact fields (the generic walk finds nothing elsewhere)", () => {
    for (const q of QUALIFICATIONS) {
      const inFields = FACT_FIELDS.reduce((n, f) => n + (Array.isArray(q[f]) ? (q[f] as unknown[]).length : 0), 0);
      expect(factsIn(q).length, q.code).toBe(inFields);
    }
  });

  it("refer only to qualifications that exist (replaces, replaced by)", () => {
    for (const q of QUALIFICATIONS) {
      const statuses = Array.isArray(q.status) ? (q.status as readonly { value: Status }[]) : [];
      for (const { value } of statuses) {
        if ("qualification" in value) expect(qualificationById(value.qualification), `${q.code} -> ${value.qualification}`).toBeDefined();
      }
    }
  });
});

describe("qualificationBySlug", () => {
  it.each(DISPLAY_ORDER.map(([code, slug]) => [slug, code]))("finds %s as %s", (slug, code) => {
    expect(qualificationBySlug(slug)?.code).toBe(code);
  });
  it("finds nothing for an unknown slug or a code in capitals", () => {
    expect(qualificationBySlug("npqx")).toBeUndefined();
    expect(qualificationBySlug("NPQH")).toBeUndefined();
  });
});

describe("qualificationsByGroup, for the /npqs/ page", () => {
  it("gives leadership NPQs, specialist NPQs, support offers and legacy, in that order", () => {
    expect(qualificationsByGroup().map((g) => [g.heading, g.qualifications.map((q) => q.code)])).toEqual([
      ["Leadership NPQs", ["NPQSL", "NPQH", "NPQEL", "NPQEYL", "NPQSENCO"]],
      ["Specialist NPQs", ["NPQLTD", "NPQLT", "NPQLBC", "NPQLL", "NPQLPM"]],
      ["Support offers for new headteachers", ["EHCO", "ASO"]],
      ["Legacy qualifications", ["NASENCo"]],
    ]);
  });
});

describe("NOT_STATED", () => {
  it("is the text the site shows for a field the sources are silent on", () => {
    expect(NOT_STATED).toBe("not stated in the sources");
  });
});
