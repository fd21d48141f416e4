// The facts a path through a rule set reads, in words. A step's question is a Condition (data); its
// leaves are the atomic facts ("on the RISE list", "works in England"). Walking a row's example
// application through the steps on its path, and evaluating each condition as the rules do (in order,
// stopping as soon as the answer is known), gives the facts that decided that row. Each leaf is
// compiled by the rules module's own compileCondition, so the words can never test something else.
import {
  compileCondition,
  type Application,
  type Condition,
  type Predicate,
  type RuleSet,
  type Step,
} from "../../rules/index.ts";
import {
  EMPLOYMENT_TYPE_LABELS,
  INSTITUTION_KIND_LABELS,
  KIND_OF_NURSERY_LABELS,
  LIST_LABELS,
  orList,
} from "../../rules/words.ts";

export interface FactWords {
  /** Identifies the leaf across steps and rule sets, e.g. `onList:rise`. */
  key: string;
  /** What the fact is about, for "depends on ..." summaries. */
  topic: string;
  yes: string;
  no: string;
  /** Course and work setting are columns of their own, so their leaves are not listed as facts. */
  shown: boolean;
}

export interface ReadFact extends FactWords {
  value: boolean;
  /** The fact as read on this path, in words. */
  text: string;
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

const FLAG_WORDS: Readonly<Record<string, Omit<FactWords, "key" | "shown">>> = {
  worksInEngland: { topic: "whether they work in England", yes: "Works in England", no: "Does not work in England" },
  previouslyFunded: {
    topic: "whether they were funded for this NPQ before",
    yes: "Already funded for this NPQ",
    no: "Not funded for this NPQ before",
  },
  approvedIttProvider: {
    topic: "whether the ITT provider is approved",
    yes: "Approved ITT provider (lead mentor)",
    no: "No approved ITT provider",
  },
  referredByReturnToTeachingAdviser: {
    topic: "a return-to-teaching adviser's referral",
    yes: "Referred by a return-to-teaching adviser",
    no: "Not referred by a return-to-teaching adviser",
  },
  newHeadteacher: {
    topic: "whether they are a new headteacher",
    yes: "Headteacher in the first five years of headship",
    no: "Not a headteacher in the first five years",
  },
};

function valuesOf(values: readonly string[] | { param: string }, ruleSet: RuleSet): readonly string[] {
  if (Array.isArray(values)) return values;
  const id = (values as { param: string }).param;
  const p = ruleSet.parameters.find((v) => v.id === id);
  if (!p) throw new Error(`rules-facts: rule set "${ruleSet.id}" has no value for parameter "${id}"`);
  return p.value;
}

const paramOf = (values: unknown): string | null =>
  values && typeof values === "object" && !Array.isArray(values) && "param" in values ? String((values as { param: string }).param) : null;

export function describeLeaf(leaf: Leaf, ruleSet: RuleSet): FactWords {
  if ("flag" in leaf) {
    const w = FLAG_WORDS[leaf.flag] ?? { topic: leaf.flag, yes: leaf.flag, no: `not ${leaf.flag}` };
    return { key: `flag:${leaf.flag}`, shown: true, ...w };
  }
  if ("fundingModelIn" in leaf) {
    const v = valuesOf(leaf.fundingModelIn, ruleSet);
    return {
      key: `fundingModelIn:${[...v].sort().join(",")}`,
      shown: true,
      topic: "whether the cohort has scholarship funding",
      yes: `Cohort has scholarship funding (${orList([...v])})`,
      no: "Cohort has no scholarship funding",
    };
  }
  if ("courseIn" in leaf) {
    const v = valuesOf(leaf.courseIn, ruleSet);
    return { key: `courseIn:${[...v].sort().join(",")}`, shown: false, topic: "the course", yes: `Course is ${orList([...v])}`, no: `Course is not ${orList([...v])}` };
  }
  if ("workSettingIn" in leaf) {
    const v = valuesOf(leaf.workSettingIn, ruleSet);
    return { key: `workSettingIn:${[...v].sort().join(",")}`, shown: false, topic: "the work setting", yes: `Works in ${orList([...v])}`, no: `Does not work in ${orList([...v])}` };
  }
  if ("kindOfNurseryIn" in leaf) {
    const v = leaf.kindOfNurseryIn as readonly string[];
    const words = orList(v.map((k) => KIND_OF_NURSERY_LABELS[k] ?? k));
    return { key: `kindOfNurseryIn:${[...v].sort().join(",")}`, shown: true, topic: "the kind of nursery", yes: `Kind of nursery: ${words}`, no: `Kind of nursery: not ${words}` };
  }
  if ("employmentTypeIn" in leaf) {
    const v = valuesOf(leaf.employmentTypeIn, ruleSet);
    const words = orList(v.map((k) => EMPLOYMENT_TYPE_LABELS[k] ?? k));
    return { key: `employmentTypeIn:${[...v].sort().join(",")}`, shown: true, topic: "the employment type", yes: `Employment: ${words}`, no: `Employment: not ${words}` };
  }
  if ("institutionKindIn" in leaf) {
    const v = leaf.institutionKindIn as readonly string[];
    const words = orList(v.map((k) => INSTITUTION_KIND_LABELS[k] ?? k));
    return { key: `institutionKindIn:${[...v].sort().join(",")}`, shown: true, topic: "the kind of institution", yes: `Workplace is ${words}`, no: `Workplace is not ${words}` };
  }
  if ("hasInstitution" in leaf) {
    return { key: "hasInstitution", shown: true, topic: "whether the workplace is named", yes: "Workplace named", no: "No workplace named" };
  }
  if ("onList" in leaf) {
    const words = LIST_LABELS[leaf.onList] ?? leaf.onList;
    return { key: `onList:${leaf.onList}`, shown: true, topic: words, yes: `On ${words}`, no: `Not on ${words}` };
  }
  if ("establishmentTypeIn" in leaf) {
    const param = paramOf(leaf.establishmentTypeIn);
    const v = valuesOf(leaf.establishmentTypeIn, ruleSet);
    if (param === "la-nursery-school-types") {
      return { key: `establishmentTypeIn:${v.join(",")}`, shown: true, topic: "whether it is a local authority nursery school", yes: `Local authority nursery school (type ${v.join(", ")})`, no: "Not a local authority nursery school" };
    }
    return {
      key: `establishmentTypeIn:${[...v].sort((a, b) => Number(a) - Number(b)).join(",")}`,
      shown: true,
      topic: "the establishment type",
      yes: v.length > 5 ? `Establishment type eligible (one of the ${v.length} state-funded types)` : `Establishment type ${orList([...v])}`,
      no: v.length > 5 ? "Establishment type not eligible (or not known)" : `Establishment type not ${orList([...v])}`,
    };
  }
  throw new Error(`rules-facts: no words for condition ${JSON.stringify(leaf)}`);
}

interface CompiledNode {
  evaluate(application: Application, read: ReadFact[]): boolean;
}

/** Compile a condition so that evaluating it records the leaves it reads, in order, as the rules read them. */
function compileReading(condition: Condition, ruleSet: RuleSet, where: string): CompiledNode {
  if ("all" in condition) {
    const parts = condition.all.map((c, i) => compileReading(c, ruleSet, `${where}.all[${i}]`));
    return { evaluate: (a, read) => parts.every((p) => p.evaluate(a, read)) };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c, i) => compileReading(c, ruleSet, `${where}.any[${i}]`));
    return { evaluate: (a, read) => parts.some((p) => p.evaluate(a, read)) };
  }
  if ("not" in condition) {
    const inner = compileReading(condition.not, ruleSet, `${where}.not`);
    return { evaluate: (a, read) => !inner.evaluate(a, read) };
  }
  const lookup = (id: string) => {
    const p = ruleSet.parameters.find((v) => v.id === id);
    if (!p) throw new Error(`rules-facts: rule set "${ruleSet.id}" has no value for parameter "${id}"`);
    return p;
  };
  const predicate: Predicate = compileCondition(condition, lookup, where);
  const words = describeLeaf(condition as Leaf, ruleSet);
  return {
    evaluate(a, read) {
      const value = predicate(a);
      read.push({ ...words, value, text: value ? words.yes : words.no });
      return value;
    },
  };
}

const readers = new WeakMap<RuleSet, Map<string, CompiledNode>>();

function readerFor(ruleSet: RuleSet, step: Step): CompiledNode {
  let byStep = readers.get(ruleSet);
  if (!byStep) readers.set(ruleSet, (byStep = new Map()));
  let node = byStep.get(step.id);
  if (!node) byStep.set(step.id, (node = compileReading(step.test, ruleSet, `${ruleSet.id}/${step.id}`)));
  return node;
}

/** The facts read on a path by an application that takes it, first reading of each fact kept. */
export function factsRead(ruleSet: RuleSet, path: readonly { step: string; answer: "yes" | "no" }[], application: Application): ReadFact[] {
  const read: ReadFact[] = [];
  for (const { step: id, answer } of path) {
    const step = ruleSet.steps.find((s) => s.id === id);
    if (!step) throw new Error(`rules-facts: rule set "${ruleSet.id}" has no step "${id}"`);
    const value = readerFor(ruleSet, step).evaluate(application, read);
    if ((value ? "yes" : "no") !== answer) {
      throw new Error(`rules-facts: the application does not answer "${answer}" at step "${id}" of "${ruleSet.id}"`);
    }
  }
  const seen = new Set<string>();
  return read.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}

const stepPredicates = new WeakMap<RuleSet, Map<string, Predicate>>();

function stepPredicate(ruleSet: RuleSet, id: string): Predicate {
  let byStep = stepPredicates.get(ruleSet);
  if (!byStep) stepPredicates.set(ruleSet, (byStep = new Map()));
  let p = byStep.get(id);
  if (!p) {
    const step = ruleSet.steps.find((s) => s.id === id);
    if (!step) throw new Error(`rules-facts: rule set "${ruleSet.id}" has no step "${id}"`);
    const lookup = (pid: string) => ruleSet.parameters.find((v) => v.id === pid)!;
    byStep.set(id, (p = compileCondition(step.test, lookup, `${ruleSet.id}/${id}`)));
  }
  return p;
}

/** Does an application meet every step answer of a path? (Reading a table row as a rule: all its conditions hold.) */
export function meetsPath(ruleSet: RuleSet, path: readonly { step: string; answer: "yes" | "no" }[], application: Application): boolean {
  for (const { step, answer } of path) {
    if (stepPredicate(ruleSet, step)(application) !== (answer === "yes")) return false;
  }
  return true;
}
