// Conditions several rule sets ask in the same words. Data, not code: each is hashed into every rule
// set that uses it, so a change here changes those rule sets' hashes.

import type { Condition } from "../conditions.ts";

/** PP50 is by UKPRN on the further education list for a 16 to 19 setting, by URN on the schools list otherwise. */
export const ON_PP50_LIST_FOR_SETTING: Condition = {
  any: [
    { all: [{ workSettingIn: ["a_16_to_19_educational_setting"] }, { onList: "pp50-further-education" }] },
    { all: [{ not: { workSettingIn: ["a_16_to_19_educational_setting"] } }, { onList: "pp50-schools" }] },
  ],
};

/** A local authority nursery school is a school of establishment type 15. */
export const LA_NURSERY_SCHOOL: Condition = { establishmentTypeIn: { param: "la-nursery-school-types" } };

export const EHCO: Condition = { courseIn: ["npq-early-headship-coaching-offer"] };
export const EARLY_YEARS_LEADERSHIP: Condition = { courseIn: ["npq-early-years-leadership"] };
export const LEADING_TEACHER_DEVELOPMENT: Condition = { courseIn: ["npq-leading-teaching-development"] };
export const CHILDMINDER: Condition = { kindOfNurseryIn: ["childminder"] };
