// The questions a step asks, as data. A condition names the application fact it reads and the values
// (or the dated parameter) it compares with, so what a step decides is visible, printable and hashed;
// compileCondition turns it once into a fast predicate.

import type { Application, ApplicationFlag } from "./application.ts";
import { APPLICATION_FLAGS } from "./application.ts";
import { COURSE_IDS, type CourseId } from "./courses.ts";
import { RulesError } from "./errors.ts";
import type { ParameterValue, ParameterVocabulary } from "./parameters.ts";
import {
  ELIGIBILITY_LISTS,
  EMPLOYMENT_TYPES,
  ESTABLISHMENT_TYPE_CODE_PATTERN,
  FUNDING_MODELS,
  INSTITUTION_KINDS,
  KINDS_OF_NURSERY,
  WORK_SETTINGS,
  type EligibilityList,
  type EmploymentType,
  type FundingModel,
  type InstitutionKind,
  type KindOfNursery,
  type WorkSetting,
} from "./vocabulary.ts";

/** Either literal values or a reference to a parameter whose value (on the rule set's date) is used. */
export type ValueSet<T extends string> = readonly T[] | { readonly param: string };

export type Condition =
  | { readonly flag: ApplicationFlag }
  | { readonly fundingModelIn: ValueSet<FundingModel> }
  | { readonly courseIn: ValueSet<CourseId> }
  | { readonly workSettingIn: ValueSet<WorkSetting> }
  | { readonly kindOfNurseryIn: ValueSet<KindOfNursery> }
  | { readonly employmentTypeIn: ValueSet<EmploymentType> }
  | { readonly institutionKindIn: readonly InstitutionKind[] }
  | { readonly hasInstitution: true }
  | { readonly onList: EligibilityList }
  | { readonly establishmentTypeIn: ValueSet<string> }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export type Predicate = (application: Application) => boolean;

/** Looks up a parameter's value for the rule set being compiled; throws if it has none. */
export type ParameterLookup = (id: string) => ParameterValue;

const VOCABULARIES: Record<ParameterVocabulary, (v: string) => boolean> = {
  course: (v) => (COURSE_IDS as readonly string[]).includes(v),
  "work-setting": (v) => (WORK_SETTINGS as readonly string[]).includes(v),
  "employment-type": (v) => (EMPLOYMENT_TYPES as readonly string[]).includes(v),
  "funding-model": (v) => (FUNDING_MODELS as readonly string[]).includes(v),
  "establishment-type-code": (v) => ESTABLISHMENT_TYPE_CODE_PATTERN.test(v),
  "eligibility-list": (v) => (ELIGIBILITY_LISTS as readonly string[]).includes(v),
  "senco-qualification": (v) => v === "nasenco" || v === "npq-senco",
};

function resolve(
  values: ValueSet<string>,
  vocabulary: ParameterVocabulary,
  lookup: ParameterLookup,
  where: string,
): Set<string> {
  let list: readonly string[];
  if (Array.isArray(values)) list = values;
  else {
    const p = lookup((values as { param: string }).param);
    if (p.vocabulary !== vocabulary) {
      throw new RulesError(
        "invalid_definition",
        `${where}: parameter "${p.id}" holds ${p.vocabulary} values, but a ${vocabulary} set is needed`,
      );
    }
    list = p.value;
  }
  for (const v of list) {
    if (!VOCABULARIES[vocabulary](v)) {
      throw new RulesError("invalid_definition", `${where}: "${v}" is not a ${vocabulary}`);
    }
  }
  return new Set(list);
}

/** Compile a condition into a predicate, checking every value against its vocabulary. */
export function compileCondition(condition: Condition, lookup: ParameterLookup, where: string): Predicate {
  if ("flag" in condition) {
    const flag = condition.flag;
    if (!APPLICATION_FLAGS.includes(flag)) throw new RulesError("invalid_definition", `${where}: unknown flag "${flag}"`);
    return (a) => a[flag];
  }
  if ("fundingModelIn" in condition) {
    const set = resolve(condition.fundingModelIn, "funding-model", lookup, where);
    return (a) => set.has(a.cohort.funding);
  }
  if ("courseIn" in condition) {
    const set = resolve(condition.courseIn, "course", lookup, where);
    return (a) => set.has(a.course);
  }
  if ("workSettingIn" in condition) {
    const set = resolve(condition.workSettingIn, "work-setting", lookup, where);
    return (a) => a.workSetting !== null && set.has(a.workSetting);
  }
  if ("kindOfNurseryIn" in condition) {
    const set = resolveLiteral(condition.kindOfNurseryIn, KINDS_OF_NURSERY, where);
    return (a) => a.kindOfNursery !== null && set.has(a.kindOfNursery);
  }
  if ("employmentTypeIn" in condition) {
    const set = resolve(condition.employmentTypeIn, "employment-type", lookup, where);
    return (a) => a.employmentType !== null && set.has(a.employmentType);
  }
  if ("institutionKindIn" in condition) {
    const set = resolveLiteral(condition.institutionKindIn, INSTITUTION_KINDS, where);
    return (a) => a.institution !== null && set.has(a.institution.kind);
  }
  if ("hasInstitution" in condition) return (a) => a.institution !== null;
  if ("onList" in condition) {
    const list = condition.onList;
    const consulted = lookup("eligibility-lists").value;
    if (!consulted.includes(list)) {
      throw new RulesError("invalid_definition", `${where}: list "${list}" is not one this rule set consults (${consulted.join(", ")})`);
    }
    return (a) => a.institution !== null && a.institution.lists.includes(list);
  }
  if ("establishmentTypeIn" in condition) {
    const set = resolve(condition.establishmentTypeIn, "establishment-type-code", lookup, where);
    // Only a school has an establishment type; an unknown type is not an eligible one (decision-io.md).
    return (a) =>
      a.institution !== null &&
      a.institution.kind === "school" &&
      a.institution.establishmentTypeCode !== null &&
      set.has(a.institution.establishmentTypeCode);
  }
  if ("all" in condition) {
    const parts = condition.all.map((c, i) => compileCondition(c, lookup, `${where}.all[${i}]`));
    if (parts.length === 2) {
      const [p, q] = parts as [Predicate, Predicate];
      return (a) => p(a) && q(a);
    }
    return (a) => parts.every((p) => p(a));
  }
  if ("any" in condition) {
    const parts = condition.any.map((c, i) => compileCondition(c, lookup, `${where}.any[${i}]`));
    return (a) => parts.some((p) => p(a));
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not, lookup, `${where}.not`);
    return (a) => !inner(a);
  }
  throw new RulesError("invalid_definition", `${where}: unknown condition ${JSON.stringify(condition)}`);
}

function resolveLiteral<T extends string>(values: ValueSet<T>, vocabulary: readonly string[], where: string): Set<string> {
  if (!Array.isArray(values)) throw new RulesError("invalid_definition", `${where}: a literal list is needed here`);
  for (const v of values as readonly string[]) {
    if (!vocabulary.includes(v)) throw new RulesError("invalid_definition", `${where}: "${v}" is not one of ${vocabulary.join(", ")}`);
  }
  return new Set(values as readonly string[]);
}

/** The parameters a condition reads, in first-use order. */
export function parametersReadBy(condition: Condition, into: string[] = []): string[] {
  const add = (id: string) => {
    if (!into.includes(id)) into.push(id);
  };
  for (const [key, value] of Object.entries(condition)) {
    if (key === "all" || key === "any") for (const c of value as Condition[]) parametersReadBy(c, into);
    else if (key === "not") parametersReadBy(value as Condition, into);
    else if (key === "onList") add("eligibility-lists");
    else if (value && typeof value === "object" && !Array.isArray(value) && "param" in value) add(value.param as string);
  }
  return into;
}

/** The application fields a condition reads, in first-use order. */
export function fieldsReadBy(condition: Condition, into: string[] = []): string[] {
  const add = (f: string) => {
    if (!into.includes(f)) into.push(f);
  };
  for (const [key, value] of Object.entries(condition)) {
    if (key === "all" || key === "any") for (const c of value as Condition[]) fieldsReadBy(c, into);
    else if (key === "not") fieldsReadBy(value as Condition, into);
    else if (key === "flag") add(value as string);
    else add(FIELD_OF[key] ?? key);
  }
  return into;
}

const FIELD_OF: Record<string, string> = {
  fundingModelIn: "cohort.funding",
  courseIn: "course",
  workSettingIn: "workSetting",
  kindOfNurseryIn: "kindOfNursery",
  employmentTypeIn: "employmentType",
  institutionKindIn: "institution.kind",
  hasInstitution: "institution",
  onList: "institution.lists",
  establishmentTypeIn: "institution.establishmentTypeCode",
};
