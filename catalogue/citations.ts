// The seed sections the catalogue cites, by their own headings, and a builder for facts.
// Headings are as they appear in the seed text (tests check each one is a heading line there): note
// that seed 003's contents page says "Core inputs and timings" but its section heading is
// "Core input and timings", which is what we cite.
import { seedSection, type Source } from "../rules/sources.ts";
import type { Citation, Fact, Scope } from "./fact.ts";

/** Seed 000: the 2021 design-history post on the additional support offer (ASO). */
export const ASO_POST = {
  /** The post's opening paragraph, under its title. */
  opening: seedSection("seed-000", "Additional support offer (ASO)"),
  eligibility: seedSection("seed-000", "Eligibility"),
} as const;

/** Seed 001: descriptions of the NASENCo and the NPQH. */
export const DESCRIPTIONS = {
  nasenco: seedSection("seed-001", "The National Award for SEN Co-ordination (NASENCo)"),
  nasencoKeyAspects: seedSection("seed-001", "Key Aspects of NASENCo"),
  npqh: seedSection("seed-001", "The National Professional Qualification for Headship (NPQH)"),
  npqhKeyDetails: seedSection("seed-001", "Key details about the NPQH"),
} as const;

/** Seed 002: NASUWT's guidance on NPQs. */
export const NASUWT = {
  purpose: seedSection("seed-002", "Purpose and deliverability of the NPQs"),
  npqs: seedSection("seed-002", "NPQs"),
  senco: seedSection("seed-002", "SENCO NPQ"),
  /** Seed 002 has two sections headed "Early headship coaching offer": this is the first, its criteria. */
  ehco: seedSection("seed-002", "Early headship coaching offer", { occurrence: 1, before: "NPQ providers" }),
} as const;

/** Seed 003: Ambition Institute's NPQ participant handbook 2024-25. */
export const HANDBOOK = {
  overview: seedSection("seed-003", "Programme overview"),
  introductions: seedSection("seed-003", "An introduction to each NPQ programme"),
  coreInputs: seedSection("seed-003", "Core input and timings"),
  sequence: seedSection("seed-003", "The sequence"),
  /** The two parts of "Expectations": engagement (how much to complete) and assessment (attempts). */
  engagement: seedSection("seed-003", "Engagement"),
  assessment: seedSection("seed-003", "Assessment"),
} as const;

export function fact<T>(value: T, source: Source, evidence: string, scope?: Scope): Fact<T> {
  return scope ? { value, source, evidence, scope } : { value, source, evidence };
}

/** A fact whose wording joins what two (or more) sections say: it cites each, with its phrase. */
export function joined<T>(f: Fact<T>, ...also: readonly Citation[]): Fact<T> {
  return { ...f, alsoCites: [...(f.alsoCites ?? []), ...also] };
}
