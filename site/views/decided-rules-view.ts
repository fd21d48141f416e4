// The pages of the rules the module decides beyond funding (/rules/early-headship/, /rules/funding-once/,
// /rules/assessment-entry/, /rules/senco-qualification/), and the rules the sources state that the
// module does not decide (listed on /rules/). Walked from the same data the decisions run: the early
// headship criteria and their failures, the flows' steps and outcomes, the dated parameters. The
// titles and the opening sentences are the only words written here.
import {
  ASSESSMENT_OUTCOMES,
  ASSESSMENT_RULES,
  ASSESSMENT_STEPS,
  EARLY_HEADSHIP_CRITERIA,
  EARLY_HEADSHIP_OFFERS,
  FUNDING_TWINS,
  HEADSHIP_WORKPLACE_WORDS,
  MANDATORY_SENCO_QUALIFICATION,
  MANDATORY_SENCO_QUALIFICATION_DATED_BY,
  PREVIOUS_FUNDING_OUTCOMES,
  PREVIOUS_FUNDING_STEPS,
  RULE_SETS,
  SENCO_OUTCOME_WORDS,
  SENCO_QUALIFICATION_WORDS,
  SENCO_RULES,
  SENCO_SETTING_WORDS,
  SENCO_STEPS,
  STATED_NOT_DECIDED,
  USES_ATTEMPT,
  earlyHeadshipOffer,
  flowOutcomes,
  formatDate,
  previousDay,
  seedSection,
  type EarlyHeadshipOffer,
  type FlowBranch,
  type FlowOutcomeWords,
  type FlowStep,
  type RuleSet,
  type SencoQualificationKind,
  type Source,
} from "../../rules/index.ts";
import { capitalise, courseLabel, orList } from "../../rules/words.ts";
import { formView, type FormView, type Links } from "../../browser/early-headship/questions.ts";
import { citationLinks } from "../provenance/citation-links.ts";
import { rulesUrl } from "./rules-view.ts";

export const decidedRuleUrl = (id: string) => `/rules/${id}/`;
export const EARLY_HEADSHIP_CHECK_URL = "/rules/early-headship/check/";

export interface DecidedRuleBranch {
  answer: "Yes" | "No";
  /** "Go on to step 2", or the outcome's label. */
  text: string;
  /** A step on this page, for "go to". */
  href: string | null;
  /** The outcome it ends in, when it ends. */
  outcome: string | null;
}

export interface DecidedRuleStep {
  id: string;
  number: number;
  question: string;
  /** The question as an earlier version asked it, where it differs. */
  earlier: { version: string; question: string }[];
  rule: string | null;
  branches: DecidedRuleBranch[];
  /** Criteria pages: each way the answer can be "no", in words, with an earlier version's words where they differ. */
  failures: { id: string; words: string; earlier: { version: string; words: string }[] }[];
  sources: { label: string; source: Source }[];
}

export interface DecidedRuleVersion {
  name: string;
  from: string;
  /** "From 10 September 2021", with "(assumed)" and why when the source gives no date. */
  fromText: string;
  note: string | null;
  source: Source;
}

export interface DecidedRulePage {
  id: string;
  url: string;
  title: string;
  description: string;
  lead: string;
  /** How the steps combine, in one or two sentences. */
  howItDecides: string;
  /** The version in force now, as a line for the summary list. */
  inForce: string;
  versions: DecidedRuleVersion[];
  /** Every difference between consecutive versions; empty when there is one version. */
  changes: { between: string; items: { text: string; source: Source | null }[] }[];
  /** Set when there is one version: says so and when it started. */
  oneVersion: string | null;
  steps: DecidedRuleStep[];
  outcomes: { id: string; label: string; meaning: string; usesAttempt: string | null }[];
  /** The rule's fixed numbers and lists, with their sources. */
  facts: { key: string; value: string; source: Source | null }[];
  /** Where the funding decision reads this rule's result. */
  usedBy: { intro: string; steps: { text: string; href: string }[] } | null;
  checker: { href: string; text: string } | null;
}

const byDate = <T extends { from: string }>(items: T[]) => [...items].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
const monthsInWords = (months: number) => (months % 12 === 0 ? `${months} months (${months / 12} years)` : `${months} months`);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A flow's steps with their branches in words: go on, go to, or the outcome's label. */
function flowSteps<I, O extends string>(steps: readonly FlowStep<I, O>[], outcomes: Readonly<Record<O, FlowOutcomeWords>>): DecidedRuleStep[] {
  const branch = (index: number, b: FlowBranch<O>, answer: "Yes" | "No"): DecidedRuleBranch => {
    if (b === "next") return { answer, text: `Go on to step ${index + 2}`, href: `#step-${steps[index + 1]!.id}`, outcome: null };
    if ("goTo" in b) {
      const target = steps.findIndex((s) => s.id === b.goTo);
      return { answer, text: `Go to step ${target + 1}`, href: `#step-${b.goTo}`, outcome: null };
    }
    return { answer, text: outcomes[b.outcome].label, href: `#outcome-${b.outcome}`, outcome: b.outcome };
  };
  return steps.map((s, i) => ({
    id: s.id,
    number: i + 1,
    question: s.question,
    earlier: [],
    rule: s.rule,
    branches: [branch(i, s.yes, "Yes"), branch(i, s.no, "No")],
    failures: [],
    sources: [{ label: "Source", source: s.source }],
  }));
}

/** The outcomes in the order the steps reach them, each in words. */
function flowOutcomeList<I, O extends string>(steps: readonly FlowStep<I, O>[], words: Readonly<Record<O, FlowOutcomeWords>>, usesAttempt?: Readonly<Record<O, boolean>>) {
  return flowOutcomes(steps).map((id) => ({ id, label: words[id].label, meaning: words[id].meaning, usesAttempt: usesAttempt ? (usesAttempt[id] ? "Uses an attempt" : "Keeps the attempt") : null }));
}

/** The latest funding rule set's steps that read an application fact, as links. */
function fundingStepsReading(field: string): { text: string; href: string }[] {
  const latest: RuleSet = RULE_SETS[RULE_SETS.length - 1]!;
  return latest.steps
    .filter((s) => s.reads.fields.includes(field))
    .map((s) => ({ text: `Funding rule set ${latest.id}, step ${s.number}: ${s.question}`, href: `${rulesUrl(latest.id)}#step-${s.id}` }));
}

/** The first funding rule set with a step reading the fact: when the funding decision began to use it. */
function firstRuleSetReading(field: string): RuleSet {
  const found = RULE_SETS.find((r) => r.steps.some((s) => s.reads.fields.includes(field)));
  if (!found) throw new Error(`decided rules: no funding rule set reads "${field}"`);
  return found;
}

const offerVersionName = (o: EarlyHeadshipOffer) => o.name;

function offerVersion(o: EarlyHeadshipOffer): DecidedRuleVersion {
  return {
    name: offerVersionName(o),
    from: o.dated,
    fromText: `From ${formatDate(o.dated)}${o.datedBy === "assumed" ? " (assumed)" : ""}`,
    note: [
      o.datedBy === "assumed" ? "The source, guidance for one school year, gives no date for these criteria: the first day of that year is assumed." : null,
      o.stillOffered ? null : "No longer offered.",
    ]
      .filter(Boolean)
      .join(" ") || null,
    source: o.source,
  };
}

export function earlyHeadshipPage(): DecidedRulePage {
  const offers = byDate(EARLY_HEADSHIP_OFFERS.map((o) => ({ ...o, from: o.dated })));
  const latest = offers[offers.length - 1]!;
  const earlier = offers.slice(0, -1);
  const steps: DecidedRuleStep[] = EARLY_HEADSHIP_CRITERIA.map((c, i) => ({
    id: c.id,
    number: i + 1,
    question: c.question(latest),
    earlier: earlier.filter((o) => c.question(o) !== c.question(latest)).map((o) => ({ version: o.name, question: c.question(o) })),
    rule: null,
    branches: [
      i < EARLY_HEADSHIP_CRITERIA.length - 1
        ? { answer: "Yes", text: `Go on to step ${i + 2}`, href: `#step-${EARLY_HEADSHIP_CRITERIA[i + 1]!.id}`, outcome: null }
        : { answer: "Yes", text: "Eligible, if every answer is yes", href: "#outcome-eligible", outcome: "eligible" },
      { answer: "No", text: "Not eligible (the other criteria are still checked, so every reason is given)", href: "#outcome-not-eligible", outcome: "not-eligible" },
    ],
    failures: c.failures.map((f) => ({
      id: f.id,
      words: f.words(latest),
      earlier: earlier.filter((o) => f.words(o) !== f.words(latest)).map((o) => ({ version: o.name, words: f.words(o) })),
    })),
    sources: [...offers].reverse().map((o) => ({ label: `Source (${lowerFirst(o.name)})`, source: o.source })),
  }));
  const changes = offers.slice(1).map((after, i) => {
    const before = offers[i]!;
    const items: { text: string; source: Source | null }[] = EARLY_HEADSHIP_CRITERIA.flatMap((c, n) =>
      c.question(before) === c.question(after) ? [] : [{ text: `Step ${n + 1}: was “${c.question(before)}”; now “${c.question(after)}”`, source: after.source }],
    );
    if (!before.stillOffered) items.push({ text: `The ${lowerFirst(before.name)} is no longer offered.`, source: null });
    return { between: `From the ${lowerFirst(before.name)} to the ${lowerFirst(after.name)}`, items };
  });
  const ehco = earlyHeadshipOffer("ehco");
  return {
    id: "early-headship",
    url: decidedRuleUrl("early-headship"),
    title: "Early headship support: who is eligible",
    description: "Who is eligible for the early headship coaching offer, and before it the additional support offer: every criterion, each reason an applicant can fail it, with sources.",
    lead: `Who can have the ${lowerFirst(latest.name)}, and who could have the ${earlier.map((o) => lowerFirst(o.name)).join(" and ")} before it.`,
    howItDecides: `Every criterion is checked, in this order, and the applicant is eligible only if every answer is yes. When they are not eligible, the decision gives every failing reason, not just the first.`,
    inForce: `${latest.name}: ${lowerFirst(offerVersion(latest).fromText)}`,
    versions: offers.map(offerVersion),
    changes,
    oneVersion: null,
    steps,
    outcomes: [
      { id: "eligible", label: "Eligible", meaning: "Every criterion is met.", usesAttempt: null },
      { id: "not-eligible", label: "Not eligible", meaning: "At least one criterion is not met; the decision lists the reason for each.", usesAttempt: null },
    ],
    facts: offers
      .slice()
      .reverse()
      .flatMap((o) => [
        { key: `${o.name}: period of headship`, value: `The first ${monthsInWords(o.headshipMonths)} of the first headship`, source: o.source },
        { key: `${o.name}: workplaces`, value: capitalise(orList(o.workplaces.map((w) => HEADSHIP_WORKPLACE_WORDS[w]))), source: o.source },
      ]),
    usedBy: {
      intro: `The funding decision reads one fact from these rules: whether the applicant is a headteacher in the first ${ehco.headshipPeriod} of headship, the ${lowerFirst(ehco.name)}'s period. It does not check the other criteria.`,
      steps: fundingStepsReading("newHeadteacher"),
    },
    checker: { href: EARLY_HEADSHIP_CHECK_URL, text: "Check one applicant's eligibility" },
  };
}

export function fundingOncePage(): DecidedRulePage {
  const first = firstRuleSetReading("previouslyFunded");
  const restrictions = seedSection("seed-002", "Funding restrictions");
  const twins = Object.entries(FUNDING_TWINS)
    .filter(([a, b]) => a < b!)
    .map(([a, b]) => `${courseLabel(a)} and ${courseLabel(b!)}`);
  return {
    id: "funding-once",
    url: decidedRuleUrl("funding-once"),
    title: "Funding once per NPQ",
    description: "Scholarship funding is given once per NPQ, even after withdrawing or failing: the steps that decide whether an earlier application counts, with sources.",
    lead: "Scholarship funding is given once per NPQ. An applicant funded for an NPQ who then withdraws or fails cannot be funded for the same NPQ again.",
    howItDecides:
      "Each of the applicant's earlier applications goes through these steps. If any one counts, the applicant has been funded before for this NPQ. What became of the earlier course (in progress, completed, withdrawn or failed) is not asked: a funded place that was not declined counts whatever happened next.",
    inForce: `From ${formatDate(first.validFrom)}, in every funding rule set`,
    versions: [{ name: "Funding once per NPQ", from: first.validFrom, fromText: `From ${formatDate(first.validFrom)}`, note: `The first funding rule set here (rule set ${first.id}) already reads it.`, source: restrictions }],
    changes: [],
    oneVersion: `One version so far: the funding decision has read this in every funding rule set, from rule set ${first.id} (${formatDate(first.validFrom)}). The steps that cite the service's code are as that code stands at the commit cited; earlier versions of it are not compared here.`,
    steps: flowSteps(PREVIOUS_FUNDING_STEPS, PREVIOUS_FUNDING_OUTCOMES),
    outcomes: flowOutcomeList(PREVIOUS_FUNDING_STEPS, PREVIOUS_FUNDING_OUTCOMES),
    facts: twins.map((pair) => ({ key: "Counted as one NPQ", value: pair, source: PREVIOUS_FUNDING_STEPS[0]!.source })),
    usedBy: {
      intro: "The funding decision asks whether the applicant has been funded before for this NPQ; an applicant who has is not funded again.",
      steps: fundingStepsReading("previouslyFunded"),
    },
    checker: null,
  };
}

export function assessmentEntryPage(): DecidedRulePage {
  const source = ASSESSMENT_RULES.source;
  return {
    id: "assessment-entry",
    url: decidedRuleUrl("assessment-entry"),
    title: "Assessment entry, attempts and deferral",
    description: "When a participant is entered for the NPQ assessment, their two attempts, and when a deferral or extenuating circumstances keep an attempt: the steps, with sources.",
    lead: `When a participant is entered for the NPQ assessment, and when an attempt is used. These are the rules as one provider, Ambition Institute, states them in its participant handbook for 2024 to 2025; the sources do not give other providers' rules.`,
    howItDecides: `A participant has ${ASSESSMENT_RULES.submissionAttempts} submission attempts. Each assessment deadline goes through these steps, in date order; an outcome that uses an attempt takes one away.`,
    inForce: `From ${formatDate(ASSESSMENT_RULES.dated)} (assumed)`,
    versions: [
      {
        name: "Participant handbook 2024 to 2025",
        from: ASSESSMENT_RULES.dated,
        fromText: `From ${formatDate(ASSESSMENT_RULES.dated)} (assumed)`,
        note: "The handbook is for 2024 to 2025 and gives no date: the first day of that school year is assumed.",
        source,
      },
    ],
    changes: [],
    oneVersion: `One version so far: the handbook for 2024 to 2025, assumed to apply from ${formatDate(ASSESSMENT_RULES.dated)}.`,
    steps: flowSteps(ASSESSMENT_STEPS, ASSESSMENT_OUTCOMES),
    outcomes: flowOutcomeList(ASSESSMENT_STEPS, ASSESSMENT_OUTCOMES, USES_ATTEMPT),
    facts: [
      { key: "Content to complete by the deadline to be entered", value: `At least ${ASSESSMENT_RULES.entryCompletionPercent}%`, source },
      { key: "Submission attempts", value: String(ASSESSMENT_RULES.submissionAttempts), source },
    ],
    usedBy: null,
    checker: null,
  };
}

export function sencoQualificationPage(): DecidedRulePage {
  const dates = Object.keys(MANDATORY_SENCO_QUALIFICATION.values).sort();
  const words = (d: string) => orList(MANDATORY_SENCO_QUALIFICATION.values[d]!.value.map((k) => SENCO_QUALIFICATION_WORDS[k as SencoQualificationKind]));
  const versions: DecidedRuleVersion[] = dates.map((d) => {
    const assumed = MANDATORY_SENCO_QUALIFICATION_DATED_BY[d] === "assumed";
    return {
      name: `The mandatory qualification is ${words(d)}`,
      from: d,
      fromText: `From ${formatDate(d)}${assumed ? " (assumed)" : ""}`,
      note: assumed ? "The source states the requirement but not when it began: the date of the SENCO regulations is assumed." : null,
      source: MANDATORY_SENCO_QUALIFICATION.values[d]!.source,
    };
  });
  const latest = dates[dates.length - 1]!;
  const monthsToComplete = SENCO_RULES.monthsToComplete;
  const seed001 = SENCO_STEPS[0]!.source;
  return {
    id: "senco-qualification",
    url: decidedRuleUrl("senco-qualification"),
    title: "The SENCO qualification requirement",
    description: "Whether a SENCO must hold the mandatory qualification, which one (the NASENCo, then the NPQ for SENCOs), and whether they completed it in time: the steps, with sources.",
    lead: `Whether a new SENCO must complete the mandatory qualification, which one, and whether they completed it within ${monthsToComplete} months of appointment.`,
    howItDecides: "The steps are asked in order; the first that decides gives the outcome. Which qualification counts depends on dates: the one mandatory on the day the SENCO was appointed, or the one mandatory on the day they completed it.",
    inForce: `${capitalise(words(latest))}: from ${formatDate(latest)}`,
    versions,
    changes: dates.slice(1).map((d, i) => ({
      between: `From ${formatDate(d)}`,
      items: [{ text: `The mandatory qualification was ${words(dates[i]!)}; from ${formatDate(d)} it is ${words(d)}. A SENCO appointed before ${formatDate(d)} (up to ${formatDate(previousDay(d))}) may complete either.`, source: MANDATORY_SENCO_QUALIFICATION.values[d]!.source }],
    })),
    oneVersion: null,
    steps: flowSteps(SENCO_STEPS, SENCO_OUTCOME_WORDS),
    outcomes: flowOutcomeList(SENCO_STEPS, SENCO_OUTCOME_WORDS),
    facts: [
      ...versions.map((v) => ({ key: `Mandatory qualification, ${lowerFirst(v.fromText)}`, value: capitalise(words(v.from)), source: v.source })),
      { key: "Time to complete it", value: `${monthsToComplete} months (${monthsToComplete / 12} years) from appointment`, source: seed001 },
      { key: "Where it applies", value: capitalise(orList(SENCO_RULES.settings.map((x) => SENCO_SETTING_WORDS[x]))), source: seed001 },
    ],
    usedBy: null,
    checker: null,
  };
}

export interface StatedRuleView {
  id: string;
  text: string;
  source: Source;
  /** A decided rule beside it, where there is one. */
  related: { text: string; href: string } | null;
}

/** The decided rule page that sits beside a stated rule, by the stated rule's id. */
const RELATED: Readonly<Record<string, string>> = {
  "complete-all-content": "assessment-entry",
  "pause-and-defer": "assessment-entry",
  "assessment-window": "assessment-entry",
};

export interface DecidedRulesView {
  pages: DecidedRulePage[];
  stated: StatedRuleView[];
  /** The early headship checker's empty form, and each offer's source for its result. */
  earlyHeadshipCheck: { view: FormView; sources: Links["sources"] };
}

/** The checker's form as the build draws it: no answers, no result (browser/early-headship/check.ts draws those). */
export function earlyHeadshipCheckView(): DecidedRulesView["earlyHeadshipCheck"] {
  const sources = Object.fromEntries(EARLY_HEADSHIP_OFFERS.map((o) => [o.id, citationLinks(o.source)]));
  return { view: formView({}, null, { rulePage: decidedRuleUrl("early-headship"), sources }, ""), sources };
}

export function decidedRulesView(): DecidedRulesView {
  const pages = [earlyHeadshipPage(), fundingOncePage(), assessmentEntryPage(), sencoQualificationPage()];
  const related = (statedId: string) => {
    const id = RELATED[statedId];
    if (id === undefined) return null;
    const page = pages.find((p) => p.id === id);
    if (!page) throw new Error(`decided rules: the stated rule "${statedId}" sits beside "${id}", which has no page`);
    return { text: page.title, href: page.url };
  };
  for (const id of Object.keys(RELATED)) if (!STATED_NOT_DECIDED.some((s) => s.id === id)) throw new Error(`decided rules: RELATED names "${id}", which is not a stated rule`);
  return {
    pages,
    stated: STATED_NOT_DECIDED.map((s) => ({ id: s.id, text: s.text, source: s.source, related: related(s.id) })),
    earlyHeadshipCheck: earlyHeadshipCheckView(),
  };
}
