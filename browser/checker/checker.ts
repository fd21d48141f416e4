// The funding checker in the browser: one question at a time, chosen by the rules (questions.ts),
// then the outcome in words, the message, the rule set and its hash, and the trace with sources.
//
// The answers live in the address (`/check/?date=2026-07-01&course=npq-headship&...`, in the order
// they were asked), so a result can be shared, bookmarked, reloaded and printed, and every question is
// an entry in the browser's history: Back returns to the previous question with its answer still
// selected, Forward comes back. Views are drawn with GOV.UK Frontend's templates (templates.ts); focus
// moves to each new question or result so screen readers announce it.
import { isUndecided, ruleSetInForce } from "../../rules/index.ts";
import { outcomeWords } from "../../rules/words.ts";
import { answerText, dateError, formatDate, nextStep, questionById, type Answers, type Question } from "./questions.ts";
import { answersFromQuery, queryOf } from "./address.ts";
import { render as renderTemplate } from "./templates.ts";

type Result = Extract<ReturnType<typeof nextStep>, { kind: "result" }>;

/** What the history entry remembers beyond its address: every answer given, to select it again. */
interface EntryState {
  checker: true;
  remembered: Record<string, string>;
  /** How many entries this checker pushed before this one (0: the reader arrived here). */
  depth: number;
}

interface State {
  answers: Answers;
  remembered: Record<string, string>;
  error: { message: string } | null;
  /** What the reader typed into the date, kept when it is rejected so they can correct it. */
  draftDate: { day: string; month: string; year: string } | null;
}

function currentEntry(): EntryState | null {
  const s = history.state as EntryState | null;
  return s && s.checker ? s : null;
}

export function startChecker(root: HTMLElement) {
  const rulesBase = (root.querySelector<HTMLAnchorElement>("[data-rules-link]")?.getAttribute("href") ?? "/rules/").replace(/\/$/, "");
  const page = location.pathname;
  const initial = answersFromQuery(location.search);
  const state: State = { answers: initial, remembered: { ...initial, ...currentEntry()?.remembered }, error: null, draftDate: null };
  // The address says only what was answered, in the order asked (an edited or stale address is tidied).
  history.replaceState({ checker: true, remembered: state.remembered, depth: currentEntry()?.depth ?? 0 } satisfies EntryState, "", page + queryOf(initial));

  const live = document.createElement("div");
  live.className = "govuk-visually-hidden";
  live.setAttribute("aria-live", "polite");
  live.id = "checker-status";
  const view = document.createElement("div");
  view.className = "app-checker";
  root.replaceChildren(view, live);

  /** The address with only the answers given before `id` (where changing `id` starts). */
  const addressBefore = (id: string | null) => {
    const before: Record<string, string> = {};
    for (const [key, value] of Object.entries(state.answers)) {
      if (key === id) break;
      before[key] = value;
    }
    return page + queryOf(before);
  };

  function answersList() {
    return Object.entries(state.answers).map(([id, value]) => ({ id, question: questionById(id).legend, answer: answerText(id, value), changeHref: addressBefore(id) }));
  }

  function questionHtml(q: Question, number: number): string {
    const given = state.remembered[q.id];
    const [year, month, day] = (q.kind === "date" && given ? given : "--").split("-");
    const date = state.draftDate ?? { day: day ? String(Number(day)) : "", month: month ? String(Number(month)) : "", year: year ?? "" };
    const ids = Object.keys(state.answers);
    // A reader may not know whether their workplace is on a list: the hint says how to find out, and
    // this links to the lists the rule set in force uses, with their sources.
    const hintLink = q.id.startsWith("list:") && state.answers.date ? { href: `${rulesBase}/${ruleSetInForce(state.answers.date).id}/#parameters`, text: "The lists the rules use, and where they come from" } : null;
    return renderTemplate("checker/question.njk", {
      question: { ...q, hintLink, items: q.options.map((o) => ({ value: o.value, text: o.label, ...(o.hint ? { hint: { text: o.hint } } : {}), checked: o.value === given })) },
      number,
      error: state.error,
      date,
      backHref: ids.length ? addressBefore(ids[ids.length - 1]!) : null,
      answers: answersList(),
    });
  }

  function resultHtml({ ruleSet, application, result }: Result): string {
    const number = (id: string) => ruleSet.steps.find((s) => s.id === id)?.number ?? "";
    let headline: string;
    let message: string;
    let outcome: { label: string; code: string };
    if (isUndecided(result)) {
      headline = "Cannot be decided";
      message = `The rules cannot decide without more information: ${result.error.message}.`;
      outcome = { label: "Cannot be decided", code: result.error.code };
    } else {
      const w = outcomeWords(result.status);
      // The outcome said once: "Subject to review by DfE", "Not funded: Does not work in England".
      headline = w.text;
      message = result.message;
      outcome = { label: headline, code: result.status };
    }
    const inForce = ruleSet.validTo ? `in force ${formatDate(ruleSet.validFrom)} to ${formatDate(ruleSet.validTo)}` : `in force from ${formatDate(ruleSet.validFrom)}`;
    return renderTemplate("checker/result.njk", {
      status: outcome.code,
      headline,
      message,
      outcome,
      decisionDate: formatDate(application.asOf!),
      ruleSet: { id: ruleSet.id, href: `${rulesBase}/${ruleSet.id}/`, inForce, hash: ruleSet.hash },
      trace: result.trace.map((t) => ({ question: t.question, step: String(number(t.step)), answer: t.answer === "yes" ? "Yes" : "No", source: { title: t.source.title, href: t.source.href ?? "" } })),
      replay: JSON.stringify({ ...application, ruleSet: ruleSet.id }),
      shareUrl: location.href,
      startHref: page,
      answers: answersList(),
    });
  }

  function draw(focus: boolean) {
    let step;
    try {
      step = nextStep(state.answers);
    } catch (error) {
      view.replaceChildren(Object.assign(document.createElement("p"), { className: "govuk-body", textContent: `The checker could not decide: ${(error as Error).message}` }));
      return;
    }
    if (step.kind === "question") {
      view.innerHTML = questionHtml(step.question, Object.keys(state.answers).length + 1);
      live.textContent = "";
      bindQuestion(step.question);
    } else {
      view.innerHTML = resultHtml(step);
      live.textContent = view.querySelector("#checker-result")?.textContent ?? "";
      view.querySelector("[data-print]")?.addEventListener("click", () => window.print());
      view.querySelector<HTMLAnchorElement>("[data-restart]")?.addEventListener("click", (event) => {
        event.preventDefault();
        state.remembered = {};
        go(page);
      });
    }
    view.querySelectorAll<HTMLAnchorElement>("[data-change]").forEach((link) =>
      link.addEventListener("click", (event) => {
        event.preventDefault();
        go(link.getAttribute("href")!);
      }),
    );
    if (!focus) return;
    view.querySelector<HTMLElement>(state.error ? ".govuk-error-summary" : "[data-focus]")?.focus();
  }

  /** A new history entry for these answers, and its view. */
  function go(address: string) {
    state.answers = answersFromQuery(new URL(address, location.href).search);
    state.error = null;
    state.draftDate = null;
    history.pushState({ checker: true, remembered: state.remembered, depth: (currentEntry()?.depth ?? 0) + 1 } satisfies EntryState, "", address);
    draw(true);
  }

  window.addEventListener("popstate", (event) => {
    const entry = event.state as EntryState | null;
    state.answers = answersFromQuery(location.search);
    state.remembered = { ...entry?.remembered, ...state.remembered };
    state.error = null;
    state.draftDate = null;
    draw(true);
  });

  function bindQuestion(q: Question) {
    view.querySelector<HTMLAnchorElement>("[data-back]")?.addEventListener("click", (event) => {
      event.preventDefault();
      // Back within this visit is the browser's Back (Forward then returns); from a shared address,
      // a new entry for the previous question.
      if ((currentEntry()?.depth ?? 0) > 0) history.back();
      else go((event.currentTarget as HTMLAnchorElement).getAttribute("href")!);
    });
    view.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      let value: string | null = null;
      if (q.kind === "date") {
        const get = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
        const [d, m, y] = [get("day"), get("month"), get("year")];
        state.draftDate = { day: d, month: m, year: y };
        if (!d && !m && !y) state.error = { message: q.required };
        else {
          const iso = `${y.padStart(4, "0")}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
          const problem = /^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y) ? dateError(iso) : "Enter a real date, for example 1 9 2026";
          if (problem) state.error = { message: problem };
          else value = iso;
        }
      } else {
        const checked = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
        if (!checked) state.error = { message: q.required };
        else value = checked.value;
      }
      if (value === null) return draw(true);
      state.remembered = { ...state.remembered, [q.id]: value };
      // This entry remembers the answer too, so Back to it selects it again.
      history.replaceState({ ...(currentEntry() ?? { checker: true, depth: 0 }), remembered: state.remembered } satisfies EntryState, "", location.href);
      go(page + queryOf({ ...state.answers, [q.id]: value }));
    });
  }

  draw(false);
}

const root = document.querySelector<HTMLElement>("[data-app-checker]");
if (root) startChecker(root);
