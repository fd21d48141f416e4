// Plain-English wording for typed catalogue values, so templates format and never decide.
import { monthName } from "../rules/dates.ts";
import { NOT_STATED, SCOPES, isStated, type Fact, type Field } from "./fact.ts";
import type { Component, Length, PartialDate, ProviderFigure, SequencedCourse, Status } from "./types.ts";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "2024", "autumn 2021" or "1 September 2024": as precise as the source. */
export function formatPartialDate(date: PartialDate): string {
  if (date.term) return `${date.term} ${date.year}`;
  const month = date.month === undefined ? undefined : monthName(date.month);
  if (month && date.day !== undefined) return `${date.day} ${month} ${date.year}`;
  if (month) return `${month} ${date.year}`;
  return String(date.year);
}

/** "an 8-day", "an 18-month", "a 12-month". */
const article = (n: number) => (n === 11 || n === 18 || String(n).startsWith("8") ? "an" : "a");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const orList = (ns: readonly number[]) => ns.map((n) => WORDS[n] ?? String(n)).join(" or ");

export function describeLength(length: Length): string {
  switch (length.kind) {
    case "months":
      return length.within ? `within ${length.months} months` : `${length.months} months`;
    case "typically":
      return `typically ${length.months} months`;
    case "range":
      return `${length.fromMonths} to ${length.toMonths} months, depending on the NPQ`;
    case "usually-up-to":
      return `usually up to ${plural(length.years, "year")}`;
  }
}

export function describeComponent(c: Component): string {
  switch (c.kind) {
    case "weekly-study":
      return `About ${c.minutesPerWeek} minutes of study each week`;
    case "induction":
      return `An online induction of ${plural(c.hours, "hour")} on ${c.platform}`;
    case "conferences":
      return `${c.count === 1 ? "One face-to-face conference" : `${WORDS[c.count] ?? c.count} face-to-face conferences`.replace(/^./, (s) => s.toUpperCase())} of ${c.hoursEach} hours`;
    case "courses":
      return `${c.count} half-termly courses`;
    case "modules":
      return `Each course has ${orList(c.perCourse)} weekly modules, alternating Study and Apply`;
    case "clinics":
      return `Facilitated clinics of ${plural(c.hoursEach, "hour")} (the number varies by qualification)`;
    case "communities":
      return `Community sessions of ${plural(c.durationEach.hours, "hour")} ${c.durationEach.minutes} minutes (the number varies by qualification)`;
    case "coaching": {
      const sessions = c.sessions !== undefined ? `${c.sessions} one-to-one coaching sessions` : "One-to-one coaching";
      const each = c.hoursEach !== undefined ? ` of ${plural(c.hoursEach, "hour")}` : "";
      const by = c.by ? ` from ${c.by}` : "";
      const protocol = c.protocol ? `, following a protocol ${c.protocol}` : "";
      return `${sessions}${each}${by}${protocol}`;
    }
    case "school-visit":
      return "A school visit built around a topic";
    case "ehco-activity":
      return c.activity.replace(/^./, (s) => s.toUpperCase());
    case "provider-dependent-activities":
      return `Depending on the provider, may include ${list(c.mayInclude)}`;
    case "assessment-webinars":
      return `${c.count} recorded assessment webinars of up to ${c.maxMinutesEach} minutes`;
    case "assessment-clinic":
      return "A facilitated clinic on the final assessment";
    case "assessment": {
      const parts = [`An open-book ${c.task} assessment`];
      if (c.responseWords !== undefined) parts.push(`a ${c.responseWords.toLocaleString("en-GB")}-word response`);
      if (c.windowDays !== undefined) parts.push(`within ${article(c.windowDays)} ${c.windowDays}-day window`);
      if (c.afterMonths !== undefined) parts.push(`after the ${c.afterMonths} months of the programme`);
      return parts.join(", ");
    }
    case "assessment-entry":
      return `Complete at least ${c.minimumCompletionPercent}% of the content (${c.expectedCompletionPercent}% is expected) to be entered for assessment; ${c.attempts} attempts`;
    case "programme-buddies":
      return `${orList(c.buddies).replace(/^./, (s) => s.toUpperCase())} programme buddies`;
    case "strands":
      return `${c.count} strands: ${list(c.strands)}`;
    case "assignments":
      return `Practice-based assignments at ${c.level} level, including ${list(c.including)}`;
  }
}

export function describeFigure(f: ProviderFigure): string {
  if (f.unit === "GBP") {
    return `Fee: ${f.approximately ? "about " : ""}£${f.amount.toLocaleString("en-GB")}${f.plusVat ? " + VAT" : ""}`;
  }
  const amount = `${f.approximately ? "about " : ""}${f.amount} ${f.unit}`;
  return f.measure === "face-to-face events" ? `${amount.replace(" events", "")} face-to-face events` : `${amount} of ${f.measure}`;
}

/** `nameOf` turns a qualification id into a name, e.g. from qualificationById. */
export function describeStatus(s: Status, nameOf: (id: string) => string): string {
  switch (s.kind) {
    case "introduced":
      return s.when ? `Introduced from ${formatPartialDate(s.when)}` : "Introduced (no date given)";
    case "in-place-since":
      return `In place since ${formatPartialDate(s.when)}`;
    case "mandatory-for":
      return `Mandatory for ${s.who}`;
    case "replaces":
      return `Replaces the ${nameOf(s.qualification)}`;
    case "replaced-by":
      return `Replaced by the ${nameOf(s.qualification)}${s.from ? ` from ${formatPartialDate(s.from)}` : ""}`;
    case "successor-in-place-since":
      return `Its successor, the ${nameOf(s.qualification)}, has been in place since ${formatPartialDate(s.when)}`;
    case "not-legally-required":
      return `Not strictly required by law since ${formatPartialDate(s.since)}`;
  }
}

export function describeSequence(courses: readonly SequencedCourse[]): string[] {
  return courses.map((c) => `${c.position}. ${c.title}${c.strand ? ` (${c.strand})` : ""}`);
}

/** Who a fact's figures belong to, for a label beside it; undefined when the fact is general. */
export function scopeLabel(f: Fact<unknown>): string | undefined {
  return f.scope ? SCOPES[f.scope] : undefined;
}

/** A field as lines of text, each with its citation; NOT_STATED when the sources are silent. */
export function describeField<T>(field: Field<T>, describe: (value: T) => string): readonly { text: string; citation: string; scope?: string }[] | typeof NOT_STATED {
  if (!isStated(field)) return NOT_STATED;
  return field.map((f) => {
    const scope = scopeLabel(f);
    return scope ? { text: describe(f.value), citation: f.source.title, scope } : { text: describe(f.value), citation: f.source.title };
  });
}
