// Rule parameters as dated data, OpenFisca style: each value is stated once, from the date it took
// effect, with the source it rests on. A date before a parameter's first value is an error, never a
// fallback (STYLE.md rule 3).

import { RulesError } from "./errors.ts";
import type { Source } from "./sources.ts";
import {
  seedSection,
} from "./sources.ts";
import {
  service2025April,
  service2025August,
  service2026June,
  serviceUnfundedCohort,
} from "./service-commits.ts";

export interface DatedValue {
  readonly value: readonly string[];
  readonly source: Source;
}

export interface Parameter {
  readonly id: string;
  readonly description: string;
  /** What the values are: course ids, work settings, establishment type codes... (checked at load). */
  readonly vocabulary: ParameterVocabulary;
  /** Keyed by the date each value takes effect ("YYYY-MM-DD"). */
  readonly values: Readonly<Record<string, DatedValue>>;
}

export type ParameterVocabulary =
  | "course"
  | "work-setting"
  | "employment-type"
  | "funding-model"
  | "establishment-type-code"
  | "eligibility-list"
  | "senco-qualification";

/** A parameter's value on one date, with the date it took effect. */
export interface ParameterValue {
  readonly id: string;
  readonly description: string;
  readonly vocabulary: ParameterVocabulary;
  readonly from: string;
  readonly value: readonly string[];
  readonly source: Source;
}

export function parameterValueAt(parameter: Parameter, date: string): ParameterValue {
  let from: string | undefined;
  for (const start of Object.keys(parameter.values)) {
    if (start <= date && (from === undefined || start > from)) from = start;
  }
  if (from === undefined) {
    const first = Object.keys(parameter.values).sort()[0];
    throw new RulesError(
      "no_parameter_value",
      `Parameter "${parameter.id}" has no value on ${date}; its first value takes effect on ${first ?? "(none)"}`,
    );
  }
  const dated = parameter.values[from]!;
  return {
    id: parameter.id,
    description: parameter.description,
    vocabulary: parameter.vocabulary,
    from,
    value: dated.value,
    source: dated.source,
  };
}

const fundingAndEligibility = seedSection("seed-002", "Funding and eligibility");

export const PARAMETERS = [
  {
    id: "funded-cohort-models",
    description: "Cohort funding models under which DfE scholarship funding is available",
    vocabulary: "funding-model",
    values: {
      "2025-08-21": { value: ["full", "capped"], source: serviceUnfundedCohort("a cohort with zero funding is not funded") },
    },
  },
  {
    id: "pp50-only-courses",
    description: "NPQs funded only for people working in a PP50 school or PP50 16 to 19 setting",
    vocabulary: "course",
    values: {
      "2025-04-02": {
        // Seed 002 lists exactly these seven for "Scholarship funding from Spring 2025".
        value: [
          "npq-leading-literacy",
          "npq-leading-behaviour-culture",
          "npq-leading-teaching-development",
          "npq-leading-teaching",
          "npq-senior-leadership",
          "npq-executive-leadership",
          "npq-early-years-leadership",
        ],
        source: seedSection("seed-002", "Scholarship funding from Spring 2025"),
      },
      "2025-08-21": {
        value: [
          "npq-leading-primary-mathematics",
          "npq-leading-behaviour-culture",
          "npq-leading-literacy",
          "npq-leading-teaching",
          "npq-leading-teaching-development",
          "npq-senior-leadership",
          "npq-executive-leadership",
          "npq-early-years-leadership",
        ],
        source: service2025August("PP50-only courses: NPQLPM joins; NPQEYL at a school needs PP50"),
      },
      "2026-06-01": {
        value: [
          "npq-leading-primary-mathematics",
          "npq-leading-behaviour-culture",
          "npq-leading-literacy",
          "npq-leading-teaching",
          "npq-leading-teaching-development",
          "npq-executive-leadership",
        ],
        source: service2026June("PP50-only courses: NPQSL and NPQEYL leave the set"),
      },
    },
  },
  {
    id: "la-nursery-approved-courses",
    description: "NPQs funded for people working at a local authority nursery school (establishment type 15)",
    vocabulary: "course",
    values: {
      "2025-04-02": {
        // Seed 002: these three stay funded for all publicly funded schools.
        value: ["npq-senco", "npq-leading-primary-mathematics", "npq-headship"],
        source: fundingAndEligibility,
      },
      "2025-08-21": {
        value: ["npq-senco", "npq-headship", "npq-early-years-leadership"],
        source: service2025August("local authority nursery schools: NPQSENCO, NPQH and NPQEYL"),
      },
      "2026-06-01": {
        value: ["npq-senco", "npq-headship", "npq-senior-leadership"],
        source: service2026June("local authority nursery schools: NPQSENCO, NPQH and NPQSL"),
      },
    },
  },
  {
    id: "review-courses",
    description: "NPQs sent to DfE review for staff of virtual schools, hospital schools, young offender institutions and LA supply teachers",
    vocabulary: "course",
    values: {
      "2025-08-21": {
        value: ["npq-headship", "npq-senco"],
        source: service2025August("another setting: review for NPQH and NPQSENCO"),
      },
      "2026-06-01": {
        value: ["npq-headship", "npq-senco", "npq-senior-leadership"],
        source: service2026June("another setting: review for NPQH, NPQSENCO and NPQSL"),
      },
    },
  },
  {
    id: "review-employment-types",
    description: "Local authority and other public roles outside schools that the service treats specially",
    vocabulary: "employment-type",
    values: {
      "2025-04-02": {
        value: [
          "local_authority_virtual_school",
          "hospital_school",
          "young_offender_institution",
          "local_authority_supply_teacher",
        ],
        source: service2025April("employment types without an institution"),
      },
    },
  },
  {
    id: "school-work-settings",
    description: "Work settings that count as school settings",
    vocabulary: "work-setting",
    values: {
      "2025-04-02": {
        value: ["a_school", "an_academy_trust", "a_16_to_19_educational_setting"],
        source: service2025April("school work settings"),
      },
    },
  },
  {
    id: "eligible-establishment-types",
    description: "GIAS establishment type codes of state-funded settings eligible for funding (30 codes)",
    vocabulary: "establishment-type-code",
    values: {
      "2025-04-02": {
        value: [
          "1", "2", "3", "5", "6", "7", "8", "10", "12", "14", "15", "18", "24", "26", "28",
          "31", "32", "33", "34", "35", "36", "38", "39", "40", "41", "42", "43", "44", "45", "46",
        ],
        source: service2025April("eligible establishment type codes"),
      },
    },
  },
  {
    id: "la-nursery-school-types",
    description: "The establishment type of a local authority nursery school",
    vocabulary: "establishment-type-code",
    values: {
      "2025-04-02": { value: ["15"], source: service2025April("local authority nursery school: establishment type 15") },
    },
  },
  {
    id: "eligibility-lists",
    description: "DfE eligibility lists the rule set consults",
    vocabulary: "eligibility-list",
    values: {
      "2025-04-02": {
        value: [
          "pp50-schools",
          "pp50-further-education",
          "childminders",
          "la-disadvantaged-nurseries",
          "disadvantaged-early-years",
          "early-years-register",
        ],
        source: service2025April("eligibility lists"),
      },
      "2025-08-21": {
        value: [
          "pp50-schools",
          "pp50-further-education",
          "rise",
          "childminders",
          "la-disadvantaged-nurseries",
          "disadvantaged-early-years",
        ],
        source: service2025August("eligibility lists: RISE added; no Ofsted register check"),
      },
      "2026-06-01": {
        value: ["pp50-schools", "pp50-further-education", "rise", "childminders"],
        source: service2026June("eligibility lists: the LA nursery and early years lists are gone"),
      },
    },
  },
] as const satisfies readonly Parameter[];

export type ParameterId = (typeof PARAMETERS)[number]["id"];

export function parameterById(id: string): Parameter | undefined {
  return PARAMETERS.find((p) => p.id === id);
}
