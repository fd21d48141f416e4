// The checker's questions, asked only when the rules need them. The rules module decides on a "lazy"
// application whose facts are getters: reading a fact the reader has not given yet stops the decision
// and names the question to ask. So the rules themselves choose what to ask, in their own order, and
// the checker never repeats a rule. Pure: runs in the browser bundle and in tests.
import {
  COURSES,
  EMPLOYMENT_TYPES,
  KINDS_OF_NURSERY,
  RULE_SETS,
  WORK_SETTINGS,
  decide,
  formatDate,
  isIsoDate,
  ruleSetInForce,
  type Application,
  type DecideResult,
  type EligibilityList,
  type Institution,
  type RuleSet,
} from "../../rules/index.ts";
import { capitalise, EMPLOYMENT_TYPE_LABELS, KIND_OF_NURSERY_LABELS, LIST_LABELS, WORK_SETTING_LABELS } from "../../rules/words.ts";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  id: string;
  kind: "radios" | "date";
  legend: string;
  hint?: string;
  options: Option[];
  /** Error summary text when it is left unanswered. */
  required: string;
}

export type Answers = Readonly<Record<string, string>>;

const YES_NO: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** Establishment types as the reader knows them; each stands for codes the rules treat alike. */
export const ESTABLISHMENT_TYPE_OPTIONS: Option[] = [
  { value: "1", label: "A state-funded school, academy, free school or college", hint: "For example a community school, an academy converter, a further education college (one of the 30 eligible types)" },
  { value: "15", label: "A local authority nursery school (type 15)" },
  { value: "11", label: "Another type", hint: "For example an independent school or a Welsh establishment" },
  { value: "unknown", label: "I do not know" },
];

function yesNo(id: string, legend: string, hint?: string): Question {
  return { id, kind: "radios", legend, ...(hint ? { hint } : {}), options: YES_NO, required: `Select yes or no: ${legend.toLowerCase().replace(/\?$/, "")}` };
}

const STATIC_QUESTIONS: Record<string, Question> = {
  date: {
    id: "date",
    kind: "date",
    legend: "On what date is the funding decision taken?",
    hint: "The rule set in force on that day decides. For example, 1 9 2026",
    options: [],
    required: "Enter the date of the decision",
  },
  course: {
    id: "course",
    kind: "radios",
    legend: "Which course are you applying for?",
    options: COURSES.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` })),
    required: "Select the course",
  },
  workSetting: {
    id: "workSetting",
    kind: "radios",
    legend: "Where do you work?",
    options: WORK_SETTINGS.map((w) => ({ value: w, label: WORK_SETTING_LABELS[w] ?? w })),
    required: "Select where you work",
  },
  cohortFunding: {
    id: "cohortFunding",
    kind: "radios",
    legend: "Does the cohort you are applying for have DfE scholarship funding?",
    hint: "Your provider can tell you. Spring 2026 has no scholarship funding.",
    options: [
      { value: "full", label: "Yes, full funding" },
      { value: "capped", label: "Yes, capped funding" },
      { value: "zero", label: "No, no scholarship funding" },
    ],
    required: "Select whether the cohort has scholarship funding",
  },
  worksInEngland: yesNo("worksInEngland", "Do you work in England?"),
  previouslyFunded: yesNo("previouslyFunded", "Have you already been funded for this NPQ?", "An earlier accepted application that was funded, where you did not decline the funded place. The early headship coaching offer and the additional support offer count as one."),
  newHeadteacher: yesNo("newHeadteacher", "Are you a headteacher in your first five years of headship?"),
  referredByReturnToTeachingAdviser: yesNo("referredByReturnToTeachingAdviser", "Were you referred by a return-to-teaching adviser?"),
  approvedIttProvider: yesNo("approvedIttProvider", "Are you a lead mentor at an approved initial teacher training (ITT) provider?"),
  kindOfNursery: {
    id: "kindOfNursery",
    kind: "radios",
    legend: "What kind of early years setting do you work in?",
    options: KINDS_OF_NURSERY.map((k) => ({ value: k, label: capitalise(KIND_OF_NURSERY_LABELS[k] ?? k) })),
    required: "Select the kind of early years setting",
  },
  employmentType: {
    id: "employmentType",
    kind: "radios",
    legend: "What is your role?",
    options: EMPLOYMENT_TYPES.map((e) => ({ value: e, label: capitalise(EMPLOYMENT_TYPE_LABELS[e] ?? e) })),
    required: "Select your role",
  },
  hasInstitution: yesNo("hasInstitution", "Can you name the school, college, nursery or local authority you work at?", "The service looks your workplace up in DfE's registers."),
  institutionKind: {
    id: "institutionKind",
    kind: "radios",
    legend: "What kind of organisation do you work at?",
    options: [
      { value: "school", label: "A school or college" },
      { value: "private_childcare_provider", label: "A private childcare provider or childminder" },
      { value: "local_authority", label: "A local authority" },
    ],
    required: "Select the kind of organisation",
  },
  establishmentType: {
    id: "establishmentType",
    kind: "radios",
    legend: "What type of establishment is your workplace?",
    hint: "As listed in Get Information about Schools.",
    options: ESTABLISHMENT_TYPE_OPTIONS,
    required: "Select the type of establishment",
  },
};

/** How to find out: the lists are DfE's, by URN or UKPRN, and the provider checks them for the reader. */
const ASK = "If you do not know, your NPQ provider can tell you: it looks your workplace up in the list by its URN";
const LIST_HINTS: Partial<Record<EligibilityList, string>> = {
  "pp50-schools": `The half of state-funded schools with the highest share of pupils eligible for pupil premium. ${ASK}.`,
  "pp50-further-education": `The further education providers with the highest share of disadvantaged students. ${ASK} or UKPRN.`,
  rise: `${ASK}.`,
  childminders: `${ASK}.`,
  "la-disadvantaged-nurseries": `${ASK}.`,
  "disadvantaged-early-years": `${ASK}.`,
};

export function questionById(id: string): Question {
  const q = STATIC_QUESTIONS[id];
  if (q) return q;
  if (id.startsWith("list:")) {
    const list = id.slice(5) as EligibilityList;
    return yesNo(id, `Is your workplace on ${LIST_LABELS[list] ?? list}?`, LIST_HINTS[list]);
  }
  throw new Error(`checker: no question "${id}"`);
}

/** Thrown by the lazy application when the rules read a fact not yet answered. */
export class NeedAnswer {
  constructor(readonly question: string) {}
}

function need(answers: Answers, id: string): string {
  const value = answers[id];
  if (value === undefined) throw new NeedAnswer(id);
  return value;
}

/** A cohort id for the date: autumn ("b") from July, spring ("a") before. Informational: no rule reads it. */
export function cohortIdFor(date: string): string {
  return `${date.slice(0, 4)}${Number(date.slice(5, 7)) >= 7 ? "b" : "a"}`;
}

/** Work settings that already say the workplace is a school or college, so the kind is not asked again. */
const SCHOOL_SETTINGS = new Set(["a_school", "an_academy_trust", "a_16_to_19_educational_setting"]);

function lazyInstitution(answers: Answers): Institution {
  return {
    // Rule set 2025-04-02 routes by the kind of institution alone: asked only where the work setting
    // leaves it open (early years, another setting).
    get kind() {
      if (answers.institutionKind === undefined && SCHOOL_SETTINGS.has(answers.workSetting ?? "")) return "school";
      return need(answers, "institutionKind") as Institution["kind"];
    },
    urn: "100000",
    ukprn: null,
    get establishmentTypeCode() {
      const v = need(answers, "establishmentType");
      return v === "unknown" ? null : v;
    },
    lists: {
      includes: (list: EligibilityList) => need(answers, `list:${list}`) === "yes",
    } as unknown as readonly EligibilityList[],
  };
}

/** The application as the rules see it while questions remain: unanswered facts throw NeedAnswer. */
export function lazyApplication(answers: Answers): Application {
  const flag = (id: string) => need(answers, id) === "yes";
  const date = need(answers, "date");
  return {
    asOf: date,
    get course() {
      return need(answers, "course") as Application["course"];
    },
    cohort: {
      id: cohortIdFor(date),
      get funding() {
        return need(answers, "cohortFunding") as Application["cohort"]["funding"];
      },
    },
    get worksInEngland() {
      return flag("worksInEngland");
    },
    get previouslyFunded() {
      return flag("previouslyFunded");
    },
    get workSetting() {
      return need(answers, "workSetting") as Application["workSetting"];
    },
    get kindOfNursery() {
      return need(answers, "kindOfNursery") as Application["kindOfNursery"];
    },
    get institution() {
      if (need(answers, "hasInstitution") === "no") return null;
      return lazyInstitution(answers);
    },
    get employmentType() {
      return need(answers, "employmentType") as Application["employmentType"];
    },
    get approvedIttProvider() {
      return flag("approvedIttProvider");
    },
    get referredByReturnToTeachingAdviser() {
      return flag("referredByReturnToTeachingAdviser");
    },
    get newHeadteacher() {
      return flag("newHeadteacher");
    },
  } as Application;
}

/** The full application for the answers given; facts never asked take their "not answered" value. */
export function completeApplication(answers: Answers): Application {
  const b = (id: string) => answers[id] === "yes";
  const workSetting = (answers.workSetting ?? null) as Application["workSetting"];
  const lists = Object.keys(answers)
    .filter((k) => k.startsWith("list:") && answers[k] === "yes")
    .map((k) => k.slice(5) as EligibilityList);
  const hasInstitution = answers.hasInstitution !== "no" && (answers.hasInstitution === "yes" || answers.institutionKind !== undefined || answers.establishmentType !== undefined || lists.length > 0);
  const kind = (answers.institutionKind ?? "school") as Institution["kind"];
  const type = answers.establishmentType;
  return {
    asOf: answers.date!,
    course: answers.course as Application["course"],
    cohort: { id: cohortIdFor(answers.date!), funding: (answers.cohortFunding ?? "full") as Application["cohort"]["funding"] },
    worksInEngland: answers.worksInEngland !== "no",
    previouslyFunded: b("previouslyFunded"),
    workSetting,
    kindOfNursery: (answers.kindOfNursery ?? null) as Application["kindOfNursery"],
    institution: hasInstitution
      ? { kind, urn: "100000", ukprn: null, establishmentTypeCode: type === undefined || type === "unknown" ? null : type, lists }
      : null,
    employmentType: (answers.employmentType ?? null) as Application["employmentType"],
    approvedIttProvider: b("approvedIttProvider"),
    referredByReturnToTeachingAdviser: b("referredByReturnToTeachingAdviser"),
    newHeadteacher: b("newHeadteacher"),
  };
}

export type CheckerStep =
  | { kind: "question"; question: Question }
  | { kind: "result"; ruleSet: RuleSet; application: Application; result: DecideResult };

/** Date, course and work setting first (the reader's frame), then whatever the rules read next. */
const FIRST = ["date", "course", "workSetting"];

/** What to ask next, or the decision once the rules have every fact they read. */
export function nextStep(answers: Answers): CheckerStep {
  for (const id of FIRST) if (answers[id] === undefined) return { kind: "question", question: questionById(id) };
  const ruleSet = ruleSetInForce(answers.date!);
  try {
    decide(lazyApplication(answers), ruleSet);
  } catch (error) {
    if (error instanceof NeedAnswer) return { kind: "question", question: questionById(error.question) };
    throw error;
  }
  // Every fact read is answered: decide the complete application, as the CLI would, for the trace.
  const application = completeApplication(answers);
  return { kind: "result", ruleSet, application, result: decide(application, ruleSet) };
}

/** Check a date answer: a real date with a rule set in force. Returns an error message or null. */
export function dateError(iso: string): string | null {
  if (!isIsoDate(iso)) return "Enter a real date, for example 1 9 2026";
  try {
    ruleSetInForce(iso);
    return null;
  } catch {
    return `No rule set is in force on that date: the first starts on ${formatDate(RULE_SETS[0]!.validFrom)}. Enter a date on or after it`;
  }
}

export { formatDate };

/** The words of an answer, for the summary of answers. */
export function answerText(questionId: string, value: string): string {
  if (questionId === "date") return formatDate(value);
  const q = questionById(questionId);
  return q.options.find((o) => o.value === value)?.label ?? value;
}
