// The words the site uses for the rules' vocabulary (work settings, kinds of nursery, lists...).
// Presentation only: the values themselves come from rules/vocabulary.ts; a value with no words here
// is printed as itself, so a new value never disappears from a page.
import { OUTCOMES, courseById, type Status } from "./index.ts";

export const WORK_SETTING_LABELS: Readonly<Record<string, string>> = {
  a_school: "A school",
  an_academy_trust: "An academy trust",
  a_16_to_19_educational_setting: "A 16 to 19 educational setting",
  early_years_or_childcare: "Early years or childcare",
  another_setting: "Another setting",
  other: "Somewhere else (other)",
};
/** A work setting of null: the applicant did not answer. */
export const NO_WORK_SETTING_LABEL = "Not answered";

export const KIND_OF_NURSERY_LABELS: Readonly<Record<string, string>> = {
  local_authority_maintained_nursery: "a local authority maintained nursery",
  preschool_class_as_part_of_school: "a preschool class in a school",
  childminder: "a childminder",
  private_nursery: "a private nursery",
  another_early_years_setting: "another early years setting",
};

export const EMPLOYMENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  lead_mentor_for_accredited_itt_provider: "lead mentor for an accredited ITT provider",
  local_authority_virtual_school: "a local authority virtual school",
  hospital_school: "a hospital school",
  young_offender_institution: "a young offender institution",
  local_authority_supply_teacher: "a local authority supply teacher",
  other: "other employment",
};

export const LIST_LABELS: Readonly<Record<string, string>> = {
  "pp50-schools": "the PP50 schools list",
  "pp50-further-education": "the PP50 further education list",
  rise: "the RISE schools list",
  childminders: "the childminders list",
  "la-disadvantaged-nurseries": "the LA disadvantaged nurseries list",
  "disadvantaged-early-years": "the disadvantaged early years list",
  "early-years-register": "Ofsted's Early Years Register",
};

export const INSTITUTION_KIND_LABELS: Readonly<Record<string, string>> = {
  school: "a school",
  private_childcare_provider: "a private childcare provider",
  local_authority: "a local authority",
};

/**
 * The GIAS establishment types the rules name, by code, as the funding rules specification lists them
 * (spec/funding-rules.md, "Eligible establishment type codes (30)", and the ineligible examples).
 */
export const ESTABLISHMENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  "1": "Community school", "2": "Voluntary aided", "3": "Voluntary controlled", "5": "Foundation",
  "6": "City technology college", "7": "Community special", "8": "Non-maintained special",
  "10": "Other independent special", "11": "Other independent school", "12": "Foundation special",
  "14": "Pupil referral unit", "15": "Local authority nursery school", "18": "Further education",
  "24": "Secure units", "26": "Service children's education", "28": "Academy sponsor led",
  "30": "Welsh establishment", "31": "Sixth form centres", "32": "Special post 16 institution",
  "33": "Academy special sponsor led", "34": "Academy converter", "35": "Free schools",
  "36": "Free schools special", "38": "Free schools alternative provision", "39": "Free schools 16 to 19",
  "40": "University technical college", "41": "Studio schools", "42": "Academy alternative provision converter",
  "43": "Academy alternative provision sponsor led", "44": "Academy special converter",
  "45": "Academy 16-19 converter", "46": "Academy 16 to 19 sponsor led",
};

export const FUNDING_MODEL_LABELS: Readonly<Record<string, string>> = {
  full: "full funding",
  capped: "capped funding",
  zero: "no scholarship funding",
};

export const workSettingLabel = (s: string | null): string => (s === null ? NO_WORK_SETTING_LABEL : (WORK_SETTING_LABELS[s] ?? s));

/** "a, b or c" */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

export function courseLabel(id: string): string {
  const c = courseById(id);
  return c ? `${c.name} (${c.code})` : id;
}

/**
 * A parameter's values in a policy reader's words: course names, work settings, roles, funding
 * models, establishment types with their GIAS names, lists. A value with no words is itself.
 */
export function parameterValueWords(vocabulary: string, values: readonly string[]): string[] {
  const from = (labels: Readonly<Record<string, string>>) => values.map((v) => labels[v] ?? v);
  switch (vocabulary) {
    case "course": return values.map(courseLabel);
    case "work-setting": return from(WORK_SETTING_LABELS);
    case "employment-type": return from(EMPLOYMENT_TYPE_LABELS).map(capitalise);
    case "funding-model": return from(FUNDING_MODEL_LABELS).map(capitalise);
    case "establishment-type-code": return values.map((v) => (ESTABLISHMENT_TYPE_NAMES[v] ? `${ESTABLISHMENT_TYPE_NAMES[v]} (type ${v})` : `Type ${v}`));
    case "eligibility-list": return from(LIST_LABELS).map(capitalise);
    default: return [...values];
  }
}

/** The same, as one line of text for a page: "Headship (NPQH); Senior leadership (NPQSL)", or "(none)". */
export function parameterValueText(vocabulary: string, values: readonly string[]): string {
  return parameterValueWords(vocabulary, values).join("; ") || "(none)";
}

/** "Workplace is not ..." -> "workplace is not ...", mid-sentence; an acronym stays as it is ("NPQ not ...", "PP50 ..."). */
export function lowerFirst(text: string): string {
  return /^[A-Z][A-Z0-9]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a school" -> "A school". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function courseCode(id: string): string {
  return courseById(id)?.code ?? id;
}

export type Verdict = "funded" | "review" | "not-funded";

export function verdictOf(status: Status): Verdict {
  const o = OUTCOMES[status as keyof typeof OUTCOMES];
  if (!o) throw new Error(`rules-words: unknown status "${status}"`);
  return o.funded ? "funded" : o.subjectToReview ? "review" : "not-funded";
}

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  funded: "Funded",
  review: "Subject to review",
  "not-funded": "Not funded",
};

/** GOV.UK tag colours: an extra beside the words, never the only signal. */
export const VERDICT_TAG: Readonly<Record<Verdict, string>> = {
  funded: "govuk-tag--green",
  review: "govuk-tag--yellow",
  "not-funded": "govuk-tag--grey",
};

export interface OutcomeWords {
  status: string;
  verdict: Verdict;
  verdictWords: string;
  tagClass: string;
  /** The outcome's own label, e.g. "Does not work in England". */
  label: string;
  /**
   * What the label says beyond the verdict, so a cell that shows the verdict says it once:
   * "" for Funded, "by DfE" for "Subject to review by DfE", the whole label for "Does not work in England".
   */
  detail: string;
  /** The outcome said once, in one phrase: "Funded", "Subject to review by DfE", "Not funded: Does not work in England". */
  text: string;
  /** The text after the verdict words (" by DfE", ": Does not work in England", ""), to print the verdict in bold before it. */
  afterVerdict: string;
}

/**
 * Where an outcome's label would say the verdict twice beside it ("Not funded: NPQ not funded in this
 * early years setting"), what the site says after the verdict instead. The labels themselves are part
 * of each rule set's hash (rules/outcomes.ts), so they stay as they are.
 */
const DETAIL_WORDS: Partial<Record<Status, string>> = {
  early_years_invalid_npq: "Only certain NPQs are funded in this early years setting",
};

/** The label without the verdict it repeats ("Subject to review by DfE" -> "by DfE"; "...: subject to review" -> "..."). */
function detailOf(label: string, verdictWords: string): string {
  const l = label.toLowerCase();
  const v = verdictWords.toLowerCase();
  if (l === v) return "";
  if (l.startsWith(`${v} `)) return label.slice(v.length + 1);
  if (l.endsWith(`: ${v}`)) return label.slice(0, -(v.length + 2));
  return label;
}

export function outcomeWords(status: Status): OutcomeWords {
  const verdict = verdictOf(status);
  const o = OUTCOMES[status as keyof typeof OUTCOMES]!;
  const verdictWords = VERDICT_WORDS[verdict];
  const detail = DETAIL_WORDS[status] ?? detailOf(o.label, verdictWords);
  // A detail that goes on the verdict's sentence ("by DfE") follows it; one that is its own phrase follows a colon.
  const text = !detail ? verdictWords : /^[a-z]/.test(detail) ? `${verdictWords} ${detail}` : `${verdictWords}: ${detail}`;
  return { status, verdict, verdictWords, tagClass: VERDICT_TAG[verdict], label: o.label, detail, text, afterVerdict: text.slice(verdictWords.length) };
}
