// The early headship checker's questions, its answers read from the page's address, and the view
// its template draws (_includes/checker/early-headship.njk): the form, any errors, and the result
// the rules module gives. Pure: runs in the site build (the empty form), the browser bundle and tests.
//
// One form on one page: every criterion is always checked (rules/early-headship.ts), so every
// question is always asked; the two dates only some answers need say so, and are read only with
// those answers. (Not revealed beside the answer, GOV.UK's conditional radios: their script puts
// aria-expanded on radio buttons, which ARIA does not allow, and axe and pa11y report it.) The form
// is sent with GET, so the answers are the page's address: a result can be shared, bookmarked and
// reloaded, and Back returns to the previous answers.
import {
  EARLY_HEADSHIP_OFFERS,
  HEADSHIP_WORKPLACES,
  HEADSHIP_WORKPLACE_WORDS,
  NPQH_STAGES,
  NPQH_STAGE_WORDS,
  earlyHeadshipEligibility,
  earlyHeadshipOffer,
  formatDate,
  isIsoDate,
  type EarlyHeadshipApplicant,
  type EarlyHeadshipEligibility,
} from "../../rules/index.ts";

export interface Option {
  value: string;
  text: string;
}

interface QuestionBase {
  name: string;
  legend: string;
  hint?: string;
  /** Error message when it is not answered. */
  required: string;
}
export interface RadiosQuestion extends QuestionBase {
  kind: "radios";
  options: Option[];
}
export interface DateQuestion extends QuestionBase {
  kind: "date";
  /** "the date the support starts", for "… must be a real date". */
  what: string;
  /** Read only when another answer is this value. */
  askedIf: { name: string; value: string } | null;
}
export type Question = RadiosQuestion | DateQuestion;

const YES_NO: Option[] = [
  { value: "yes", text: "Yes" },
  { value: "no", text: "No" },
];
const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const EXAMPLE = "For example, 1 9 2025";

/** The offers, the one still offered first. */
const OFFER_OPTIONS: Option[] = [...EARLY_HEADSHIP_OFFERS]
  .sort((a, b) => (a.dated < b.dated ? 1 : -1))
  .map((o) => ({ value: o.id, text: o.stillOffered ? o.name : `${o.name}, no longer offered` }));

export const QUESTIONS: readonly Question[] = [
  { name: "offer", kind: "radios", legend: "Which support is the applicant applying for?", options: OFFER_OPTIONS, required: "Select which support the applicant is applying for" },
  { name: "starts", kind: "date", legend: "When does the support start?", hint: `The criteria are judged on this date. ${EXAMPLE}`, what: "The date the support starts", askedIf: null, required: "Enter the date the support starts" },
  { name: "headteacher", kind: "radios", legend: "Is the applicant a headteacher?", options: YES_NO, required: "Select yes if the applicant is a headteacher" },
  {
    name: "headship",
    kind: "date",
    legend: "If they are a headteacher, when did their first headship start?",
    hint: `Leave this blank if they are not. ${EXAMPLE}`,
    what: "The date their first headship started",
    askedIf: { name: "headteacher", value: "yes" },
    required: "Enter the date their first headship started",
  },
  { name: "england", kind: "radios", legend: "Will the applicant work in England when the support starts?", options: YES_NO, required: "Select yes if the applicant will work in England" },
  {
    name: "workplace",
    kind: "radios",
    legend: "Where will the applicant work when the support starts?",
    options: HEADSHIP_WORKPLACES.map((w) => ({ value: w, text: capitalise(HEADSHIP_WORKPLACE_WORDS[w]) })),
    required: "Select where the applicant will work",
  },
  {
    name: "npqh",
    kind: "radios",
    legend: "Has the applicant done the NPQ for headship (NPQH)?",
    options: NPQH_STAGES.map((s) => ({ value: s, text: NPQH_STAGE_WORDS[s] })),
    required: "Select whether the applicant has done the NPQH",
  },
  {
    name: "npqh-completed",
    kind: "date",
    legend: "If they have completed the NPQH, when did they complete it?",
    hint: `Leave this blank if they have not. ${EXAMPLE}`,
    what: "The date they completed the NPQH",
    askedIf: { name: "npqh", value: "completed_npqh" },
    required: "Enter the date they completed the NPQH",
  },
  { name: "withdrawn", kind: "radios", legend: "Has the applicant withdrawn from the additional support programme before?", options: YES_NO, required: "Select yes if the applicant has withdrawn from the additional support programme before" },
];

export type Answers = Readonly<Record<string, string>>;

/** Every parameter the form sends, from an address's query string; {} for none. */
export function answersFromQuery(search: string): Answers {
  const params = new URLSearchParams(search);
  const names = QUESTIONS.flatMap((q) => (q.kind === "date" ? ["day", "month", "year"].map((p) => `${q.name}-${p}`) : [q.name]));
  const answers: Record<string, string> = {};
  for (const n of names) {
    const v = params.get(n);
    if (v !== null) answers[n] = v.trim();
  }
  return answers;
}

export interface FieldError {
  name: string;
  text: string;
  /** The input the error summary links to. */
  href: string;
}

/** A date question's answer as YYYY-MM-DD, or what is wrong with it. */
function dateAnswer(q: DateQuestion, answers: Answers): { iso: string } | { error: string } {
  const [d, m, y] = ["day", "month", "year"].map((p) => answers[`${q.name}-${p}`] ?? "");
  if (!d && !m && !y) return { error: q.required };
  const missing = [["day", d], ["month", m], ["year", y]].filter(([, v]) => !v).map(([p]) => p);
  if (missing.length > 0) return { error: `${q.what} must include a ${missing.join(" and a ")}` };
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return { error: `${q.what} must be a real date` };
  const iso = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  return isIsoDate(iso) ? { iso } : { error: `${q.what} must be a real date` };
}

export const isAsked = (q: Question, answers: Answers) => q.kind === "radios" || q.askedIf === null || answers[q.askedIf.name] === q.askedIf.value;

export interface Checked {
  errors: FieldError[];
  /** Set when every question asked has a valid answer. */
  decision: { offer: "aso" | "ehco"; applicant: EarlyHeadshipApplicant; result: EarlyHeadshipEligibility } | null;
}

/** Check the answers and, when they are complete, decide with the rules module. */
export function check(answers: Answers): Checked {
  const errors: FieldError[] = [];
  const dates: Record<string, string> = {};
  for (const q of QUESTIONS) {
    if (!isAsked(q, answers)) continue;
    if (q.kind === "radios") {
      if (!q.options.some((o) => o.value === answers[q.name])) errors.push({ name: q.name, text: q.required, href: `#${q.name}` });
    } else {
      const a = dateAnswer(q, answers);
      if ("error" in a) errors.push({ name: q.name, text: a.error, href: `#${q.name}-day` });
      else dates[q.name] = a.iso;
    }
  }
  if (errors.length > 0) return { errors, decision: null };
  const offer = answers.offer as "aso" | "ehco";
  const applicant: EarlyHeadshipApplicant = {
    trainingStarts: dates.starts!,
    firstHeadshipStarted: answers.headteacher === "yes" ? dates.headship! : null,
    worksInEngland: answers.england === "yes",
    workplace: answers.workplace as EarlyHeadshipApplicant["workplace"],
    npqhStage: answers.npqh as EarlyHeadshipApplicant["npqhStage"],
    npqhCompletedOn: answers.npqh === "completed_npqh" ? dates["npqh-completed"]! : null,
    withdrawnFromAdditionalSupportBefore: answers.withdrawn === "yes",
  };
  return { errors, decision: { offer, applicant, result: earlyHeadshipEligibility(applicant, offer) } };
}

/** Where the template's links go, as this page's address found them (they carry any path prefix). */
export interface Links {
  rulePage: string;
  /** Each offer's source: title, and links (a seed's page on this site, its public address). */
  sources: Readonly<Record<string, { title: string; href: string | null; publicHref: string | null }>>;
}

export interface ResultView {
  eligible: boolean;
  headline: string;
  offerName: string;
  startsOn: string;
  reasons: { criterion: string; text: string }[];
  checks: { number: number; question: string; answer: "Yes" | "No"; href: string }[];
  source: Links["sources"][string];
  shareUrl: string;
}

export type QuestionView = Question & {
  error: string | null;
  date: { day: string; month: string; year: string };
  /** Radios: each option, checked if it is the answer given. */
  items: { value: string; text: string; checked: boolean }[];
};

export interface FormView {
  questions: QuestionView[];
  errors: FieldError[];
  result: ResultView | null;
  rulePage: string;
}

/** The template's context: the form with the answers given, its errors, and the result. */
export function formView(answers: Answers, checked: Checked | null, links: Links, shareUrl: string): FormView {
  const errorOf = (name: string) => checked?.errors.find((e) => e.name === name)?.text ?? null;
  const decision = checked?.decision ?? null;
  let result: ResultView | null = null;
  if (decision) {
    const offer = earlyHeadshipOffer(decision.offer);
    const name = offer.name.charAt(0).toLowerCase() + offer.name.slice(1);
    result = {
      eligible: decision.result.eligible,
      headline: `${decision.result.eligible ? "Eligible" : "Not eligible"} for the ${name}`,
      offerName: name,
      startsOn: formatDate(decision.applicant.trainingStarts),
      reasons: decision.result.reasons.map((r) => ({ criterion: r.criterion, text: r.reason })),
      checks: decision.result.checks.map((c, i) => ({ number: i + 1, question: c.question, answer: c.answer === "yes" ? "Yes" : "No", href: `${links.rulePage}#step-${c.criterion}` })),
      source: links.sources[decision.offer] ?? { title: offer.source.title, href: offer.source.href ?? null, publicHref: null },
      shareUrl,
    };
  }
  const view = (q: Question): QuestionView => ({
    ...q,
    error: errorOf(q.name),
    date: { day: answers[`${q.name}-day`] ?? "", month: answers[`${q.name}-month`] ?? "", year: answers[`${q.name}-year`] ?? "" },
    items: q.kind === "radios" ? q.options.map((o) => ({ value: o.value, text: o.text, checked: answers[q.name] === o.value })) : [],
  });
  return {
    questions: QUESTIONS.map(view),
    errors: checked?.errors ?? [],
    result,
    rulePage: links.rulePage,
  };
}
