// fast-check generators for valid applications, drawn from the rules' own vocabulary.
import fc from "fast-check";
import {
  COURSE_IDS,
  ELIGIBILITY_LISTS,
  EMPLOYMENT_TYPES,
  FUNDING_MODELS,
  INSTITUTION_KINDS,
  KINDS_OF_NURSERY,
  WORK_SETTINGS,
  type Application,
} from "../../rules/index.ts";

const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

export const institutionArb = fc.record({
  kind: fc.constantFrom(...INSTITUTION_KINDS),
  urn: orNull(fc.constant("100000")),
  ukprn: orNull(fc.constant("10000000")),
  establishmentTypeCode: orNull(fc.constantFrom("1", "11", "15", "18", "30", "34", "46", "99")),
  lists: fc.subarray([...ELIGIBILITY_LISTS]),
});

export const applicationArb: fc.Arbitrary<Application> = fc.record({
  course: fc.constantFrom(...COURSE_IDS),
  cohort: fc.record({ id: fc.constantFrom("2025a", "2025b", "2026a", "2026b"), funding: fc.constantFrom(...FUNDING_MODELS) }),
  worksInEngland: fc.boolean(),
  previouslyFunded: fc.boolean(),
  workSetting: orNull(fc.constantFrom(...WORK_SETTINGS)),
  kindOfNursery: orNull(fc.constantFrom(...KINDS_OF_NURSERY)),
  institution: orNull(institutionArb),
  employmentType: orNull(fc.constantFrom(...EMPLOYMENT_TYPES)),
  approvedIttProvider: fc.boolean(),
  referredByReturnToTeachingAdviser: fc.boolean(),
  newHeadteacher: fc.boolean(),
});

/** Any date from 2000 to 2099 as YYYY-MM-DD. */
export const dateArb = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
