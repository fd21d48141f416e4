// All thirteen qualifications, in display order: leadership NPQs, specialist NPQs (both in the rules'
// course order), the support offers for new headteachers, then the legacy NASENCo.
import { LEADERSHIP_NPQS } from "./qualifications/leadership.ts";
import { LEGACY_QUALIFICATIONS } from "./qualifications/legacy.ts";
import { SPECIALIST_NPQS } from "./qualifications/specialist.ts";
import { SUPPORT_OFFERS } from "./qualifications/support-offers.ts";
import type { Qualification, QualificationId, QualificationKind } from "./types.ts";

export const QUALIFICATIONS: readonly Qualification[] = [...LEADERSHIP_NPQS, ...SPECIALIST_NPQS, ...SUPPORT_OFFERS, ...LEGACY_QUALIFICATIONS];

export function qualificationBySlug(slug: string): Qualification | undefined {
  return QUALIFICATIONS.find((q) => q.slug === slug);
}

export function qualificationById(id: QualificationId): Qualification | undefined {
  return QUALIFICATIONS.find((q) => q.id === id);
}

export interface QualificationGroup {
  readonly kind: QualificationKind;
  readonly heading: string;
  readonly qualifications: readonly Qualification[];
}

/** Headings for the /npqs/ page, in display order. */
export const GROUP_HEADINGS: Readonly<Record<QualificationKind, string>> = {
  "npq-leadership": "Leadership NPQs",
  "npq-specialist": "Specialist NPQs",
  "support-offer": "Support offers for new headteachers",
  legacy: "Legacy qualifications",
};

/** The qualifications grouped for the /npqs/ page; every group in order, each in display order. */
export function qualificationsByGroup(): readonly QualificationGroup[] {
  return (Object.keys(GROUP_HEADINGS) as QualificationKind[]).map((kind) => ({
    kind,
    heading: GROUP_HEADINGS[kind],
    qualifications: QUALIFICATIONS.filter((q) => q.kind === kind),
  }));
}
