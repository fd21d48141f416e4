// The components of an NPQ as Ambition Institute's handbook (seed 003) describes them. The handbook
// says its NPQ programmes are "designed from the same set of components"; the counts that differ are
// by group (leadership: 18 months, 2 conferences, 9 courses; specialist: 12 months, 1 conference,
// 6 courses), and coaching (NPQEL) and the school visit (NPQH) belong to one NPQ each.
import type { Fact } from "./fact.ts";
import { fact, HANDBOOK, joined } from "./citations.ts";
import type { Component } from "./types.ts";

type Group = "leadership" | "specialist";

const BY_GROUP = {
  leadership: {
    months: 18,
    conferences: 2,
    conferencesEvidence: "Leadership NPQs have two conferences",
    courses: 9,
    coursesEvidence: "Leadership NPQs are made up of 9 courses",
  },
  specialist: {
    months: 12,
    conferences: 1,
    conferencesEvidence: "Specialist NPQs have one conference",
    courses: 6,
    coursesEvidence: "Specialist NPQs are made up of 6 courses",
  },
} as const;

const A = "ambition-institute" as const;

/** The components seed 003 gives an NPQ of the group, plus NPQEL's coaching or NPQH's school visit. */
export function handbookComponents(group: Group, extra: { coaching?: true; schoolVisit?: true } = {}): Fact<Component>[] {
  const g = BY_GROUP[group];
  const c = HANDBOOK.coreInputs;
  return [
    fact<Component>({ kind: "weekly-study", minutesPerWeek: 50 }, HANDBOOK.overview, "designed for you to undertake a 50 minute input each week", A),
    fact<Component>({ kind: "induction", hours: 2, online: true, platform: "Steplab" }, c, "All programmes begin with a 2-hour, online induction", A),
    fact<Component>({ kind: "conferences", count: g.conferences, hoursEach: 6, faceToFace: true }, c, g.conferencesEvidence, A),
    fact<Component>({ kind: "courses", count: g.courses, cadence: "half-termly" }, c, g.coursesEvidence, A),
    fact<Component>(
      { kind: "modules", perCourse: [6, 9], weekly: true, types: ["Study", "Apply"] },
      HANDBOOK.sequence,
      "Each course is composed of six or nine modules",
      A,
    ),
    fact<Component>({ kind: "clinics", hoursEach: 2, facilitated: true }, c, "Clinics are 2 hours long", A),
    fact<Component>({ kind: "communities", durationEach: { hours: 1, minutes: 15 } }, c, "Communities are 1-hour 15 minute sessions", A),
    ...(extra.coaching
      ? [fact<Component>({ kind: "coaching", oneToOne: true, protocol: "designed by Ambition" }, c, "coaching is 1:1 and supported by a protocol designed by Ambition", A)]
      : []),
    ...(extra.schoolVisit
      ? [fact<Component>({ kind: "school-visit" }, c, "attend a school visit as part of the NPQH programme", A)]
      : []),
    fact<Component>({ kind: "programme-buddies", buddies: [1, 2] }, c, "introduced to one or two colleagues", A),
    fact<Component>(
      { kind: "assessment-webinars", count: 2, maxMinutesEach: 30, asynchronous: true },
      c,
      "Each programme includes 2 asynchronous webinars, up to 30 minutes in length",
      A,
    ),
    fact<Component>({ kind: "assessment-clinic", facilitated: true }, c, "Each programme ends with a facilitated clinic", A),
    fact<Component>(
      { kind: "assessment", task: "case study", openBook: true, windowDays: 8, responseWords: 1500, afterMonths: g.months },
      c,
      "you will submit a 1500-word response",
      A,
    ),
    // The completion figures are under "Engagement", the two attempts under "Assessment": it cites both.
    joined(
      fact<Component>(
        { kind: "assessment-entry", expectedCompletionPercent: 100, minimumCompletionPercent: 90, attempts: 2 },
        HANDBOOK.engagement,
        "must complete a minimum of 90% to be entered for your assessment",
        A,
      ),
      { source: HANDBOOK.assessment, evidence: "you will lose one opportunity to complete the assessment (you have 2)" },
    ),
  ];
}
