// The shape of a qualification in the catalogue. Values are typed so that numbers stay numbers
// (tests check them against the cited seed text) and the site formats them (see format.ts).
import type { CourseId } from "../rules/courses.ts";
import type { Field } from "./fact.ts";

/** The rules' course id, or "nasenco" for the legacy NASENCo, which has no course in the service. */
export type QualificationId = CourseId | "nasenco";

export const QUALIFICATION_KINDS = ["npq-leadership", "npq-specialist", "support-offer", "legacy"] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** A date as precise as the source gives it: a year, a term of a year, or a day. */
export interface PartialDate {
  readonly year: number;
  readonly term?: "autumn" | "spring" | "summer";
  readonly month?: number;
  readonly day?: number;
}

/** A length as one source states it; sources differ, so a qualification has one per source. */
export type Length =
  /** "an 18-month programme"; `within` for "Within 18 months". */
  | { readonly kind: "months"; readonly months: number; readonly within?: true }
  /** "typically lasting 18 months". */
  | { readonly kind: "typically"; readonly months: number }
  /** "between 12 and 22 months, depending on the chosen NPQ". */
  | { readonly kind: "range"; readonly fromMonths: number; readonly toMonths: number; readonly dependsOnNpq: true }
  /** "Usually takes up to one year". */
  | { readonly kind: "usually-up-to"; readonly years: number };

/** A part of the programme. Counts that a source leaves open are absent, never guessed. */
export type Component =
  | { readonly kind: "weekly-study"; readonly minutesPerWeek: number }
  | { readonly kind: "induction"; readonly hours: number; readonly online: true; readonly platform: "Steplab" }
  | { readonly kind: "conferences"; readonly count: number; readonly hoursEach: number; readonly faceToFace: true }
  | { readonly kind: "courses"; readonly count: number; readonly cadence: "half-termly" }
  /** "Each course is composed of six or nine modules": which courses have six and which nine is not stated. */
  | { readonly kind: "modules"; readonly perCourse: readonly number[]; readonly weekly: true; readonly types: readonly ["Study", "Apply"] }
  /** Clinics and communities "vary in number depending on the qualification": the number is not stated. */
  | { readonly kind: "clinics"; readonly hoursEach: number; readonly facilitated: true }
  | { readonly kind: "communities"; readonly durationEach: { readonly hours: number; readonly minutes: number } }
  | {
      readonly kind: "coaching";
      readonly oneToOne: true;
      readonly sessions?: number;
      readonly hoursEach?: number;
      readonly by?: "experienced headteachers";
      readonly protocol?: "designed by Ambition";
    }
  | { readonly kind: "school-visit" }
  | { readonly kind: "ehco-activity"; readonly activity: "pre- and post-coaching activities" | "matched shadowing opportunities" | "peer communities of practice" }
  /** Seed 002: the content of the EHCO depends on the provider; these are what it "may include". */
  | { readonly kind: "provider-dependent-activities"; readonly mayInclude: readonly string[] }
  | { readonly kind: "assessment-webinars"; readonly count: number; readonly maxMinutesEach: number; readonly asynchronous: true }
  | { readonly kind: "assessment-clinic"; readonly facilitated: true }
  | {
      readonly kind: "assessment";
      readonly task: "case study";
      readonly openBook: true;
      readonly windowDays?: number;
      readonly responseWords?: number;
      readonly afterMonths?: number;
    }
  | { readonly kind: "assessment-entry"; readonly expectedCompletionPercent: number; readonly minimumCompletionPercent: number; readonly attempts: number }
  | { readonly kind: "programme-buddies"; readonly buddies: readonly number[] }
  | { readonly kind: "strands"; readonly count: number; readonly strands: readonly string[] }
  | { readonly kind: "assignments"; readonly level: "postgraduate"; readonly practiceBased: true; readonly including: readonly string[] };

export type ComponentKind = Component["kind"];

/** One course of a programme, in order; `strand` is the heading it sits under, where the source has one. */
export interface SequencedCourse {
  readonly position: number;
  readonly title: string;
  readonly strand?: string;
}

/** A figure from one provider's or one description's account of a programme (see Fact.scope). */
export interface ProviderFigure {
  readonly measure: "blended learning" | "online learning" | "face-to-face events" | "coaching" | "fee";
  readonly amount: number;
  readonly unit: "hours" | "events" | "GBP";
  readonly approximately?: true;
  readonly plusVat?: true;
}

export type Status =
  | { readonly kind: "introduced"; readonly when?: PartialDate }
  | { readonly kind: "in-place-since"; readonly when: PartialDate }
  | { readonly kind: "mandatory-for"; readonly who: string }
  | { readonly kind: "replaces"; readonly qualification: QualificationId }
  | { readonly kind: "replaced-by"; readonly qualification: QualificationId; readonly from?: PartialDate }
  /** Said of the successor, not of this qualification: kept apart so we do not put words in a source's mouth. */
  | { readonly kind: "successor-in-place-since"; readonly qualification: QualificationId; readonly when: PartialDate }
  | { readonly kind: "not-legally-required"; readonly since: PartialDate };

export interface Qualification {
  readonly id: QualificationId;
  /** The rules' course id, so the site can show funding from rules/; null for NASENCo. */
  readonly courseId: CourseId | null;
  readonly code: string;
  readonly name: string;
  /**
   * How a sentence names it ("Replaced by the NPQ for SENCOs"): the qualification, never its holder's
   * role. For an NPQ, "NPQ for" and its name.
   */
  readonly called: string;
  readonly kind: QualificationKind;
  /** The page slug: the lower-case code. */
  readonly slug: string;
  /** What it is, in our own words. */
  readonly summary: Field<string>;
  /** Who it is for (for the EHCO and ASO, the eligibility criteria), in our own words. */
  readonly audience: Field<string>;
  readonly length: Field<Length>;
  readonly components: Field<Component>;
  /** The ordered course titles; one fact holds the whole sequence. */
  readonly courseSequence: Field<readonly SequencedCourse[]>;
  readonly providerFigures: Field<ProviderFigure>;
  readonly status: Field<Status>;
}

/** The fields that hold facts, in display order. */
export const FACT_FIELDS = [
  "summary",
  "audience",
  "length",
  "components",
  "courseSequence",
  "providerFigures",
  "status",
] as const satisfies readonly (keyof Qualification)[];
export type FactField = (typeof FACT_FIELDS)[number];
