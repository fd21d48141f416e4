// A catalogue fact is a value with the source it rests on, so the site can show every fact with its
// citation. A field the sources say nothing about is an explicit "not stated", never a guess.
import type { Source } from "../rules/sources.ts";

/** Shown wherever a field is not stated in any source. */
export const NOT_STATED = "not stated in the sources";

/** One value, as one source states it. */
export interface Fact<T> {
  readonly value: T;
  readonly source: Source;
  /**
   * A short phrase copied verbatim from the cited section that the fact rests on (at most 15 words).
   * Tests check that it is there, so a citation cannot drift from what the seed says. The site may show
   * it as a short quotation; the value itself is in our own words.
   */
  readonly evidence: string;
  /** Whose programme or figures these are, when the source is one provider's or one description's. */
  readonly scope?: Scope;
  /**
   * Where the wording joins facts from more than one section: the other sections, each with the
   * phrase of it the fact rests on (tests check each phrase is in its section, as for `evidence`).
   */
  readonly alsoCites?: readonly Citation[];
}

/** A section cited, with the short phrase of it a fact rests on. */
export interface Citation {
  readonly source: Source;
  readonly evidence: string;
}

/** Every section a fact cites, its own first. */
export function citationsOf(f: Fact<unknown>): readonly Citation[] {
  return [{ source: f.source, evidence: f.evidence }, ...(f.alsoCites ?? [])];
}

/** The sources say nothing about this field. Rendered as NOT_STATED. */
export interface NotStated {
  readonly stated: false;
}

export const NOT_STATED_FIELD: NotStated = Object.freeze({ stated: false });

/** A field: one fact per source that states it (never an empty list), or not stated. */
export type Field<T> = readonly [Fact<T>, ...Fact<T>[]] | NotStated;

export function isStated<T>(field: Field<T>): field is readonly [Fact<T>, ...Fact<T>[]] {
  return Array.isArray(field);
}

/** The facts of a field; an empty list when it is not stated. */
export function factsOf<T>(field: Field<T>): readonly Fact<T>[] {
  return isStated(field) ? field : [];
}

/**
 * Whose figures a fact gives. Seed 003 is one provider's handbook (Ambition Institute); seed 001
 * summarises published descriptions and gives one NPQH description's figures without naming the
 * provider.
 */
export const SCOPES = {
  "ambition-institute": "Ambition Institute's programme (one provider)",
  "npqh-description": "One published NPQH description (the provider is not named)",
} as const;
export type Scope = keyof typeof SCOPES;

/** A stated field from a list built with spreads; an empty list is a mistake (use NOT_STATED_FIELD). */
export function stated<T>(facts: readonly Fact<T>[]): Field<T> {
  const [first, ...rest] = facts;
  if (!first) throw new Error("catalogue: a stated field needs at least one fact; use NOT_STATED_FIELD when the sources are silent");
  return [first, ...rest];
}
