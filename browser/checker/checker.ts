// The funding checker in the browser: one question at a time, chosen by the rules (questions.ts),
// then the outcome in words, the message, the rule set and its hash, and the trace with sources.
// GOV.UK Frontend markup; focus moves to each new question or result so screen readers announce it.
import { isUndecided } from "../../rules/index.ts";
import { outcomeWords } from "../../rules/words.ts";
import { answerText, dateError, formatDate, nextStep, questionById, type Question } from "./questions.ts";

const escape = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

interface State {
  answers: Map<string, string>;
  error: { message: string; field: string } | null;
  /** What the reader typed into the date, kept when it is rejected so they can correct it. */
  draftDate: { day: string; month: string; year: string } | null;
}

export function startChecker(root: HTMLElement) {
  const rulesBase = (root.querySelector<HTMLAnchorElement>("[data-rules-link]")?.getAttribute("href") ?? "/rules/").replace(/\/$/, "");
  const state: State = { answers: new Map(), error: null, draftDate: null };
  const live = document.createElement("div");
  live.className = "govuk-visually-hidden";
  live.setAttribute("aria-live", "polite");
  live.id = "checker-status";
  const view = document.createElement("div");
  view.className = "app-checker";
  root.replaceChildren(view, live);

  const answersObject = () => Object.fromEntries(state.answers);

  function summaryOfAnswers(): string {
    if (state.answers.size === 0) return "";
    const rows = [...state.answers].map(
      ([id, value]) => `<div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">${escape(questionById(id).legend)}</dt>
        <dd class="govuk-summary-list__value">${escape(answerText(id, value))}</dd>
        <dd class="govuk-summary-list__actions"><button type="button" class="app-link-button govuk-link" data-change="${escape(id)}">Change<span class="govuk-visually-hidden"> ${escape(questionById(id).legend.toLowerCase())}</span></button></dd>
      </div>`,
    );
    return `<h2 class="govuk-heading-m">Your answers</h2><dl class="govuk-summary-list app-checker__answers">${rows.join("")}</dl>`;
  }

  function questionHtml(q: Question, number: number): string {
    const err = state.error;
    const hintId = `${q.id}-hint`.replace(/[^a-zA-Z0-9-]/g, "-");
    const errorId = `${hintId}-error`;
    const describedBy = [q.hint ? hintId : "", err ? errorId : ""].filter(Boolean).join(" ");
    const firstInputId = q.kind === "date" ? "answer-day" : "answer-0";
    const summary = err
      ? `<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#${firstInputId}">${escape(err.message)}</a></li></ul></div></div></div>`
      : "";
    let inputs: string;
    if (q.kind === "date") {
      const [y, m, d] = state.draftDate ? [state.draftDate.year, state.draftDate.month, state.draftDate.day] : (state.answers.get("date") ?? "--").split("-");
      const field = (name: string, label: string, width: number, value: string | undefined) =>
        `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="answer-${name}">${label}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${width}${err ? " govuk-input--error" : ""}" id="answer-${name}" name="${name}" type="text" inputmode="numeric" value="${escape(value ?? "")}"></div></div>`;
      inputs = `<div class="govuk-date-input" id="answer-date">${field("day", "Day", 2, d)}${field("month", "Month", 2, m)}${field("year", "Year", 4, y)}</div>`;
    } else {
      inputs = `<div class="govuk-radios" data-module="govuk-radios">${q.options
        .map((o, i) => {
          const optionHint = o.hint ? `<div class="govuk-hint govuk-radios__hint" id="answer-${i}-hint">${escape(o.hint)}</div>` : "";
          return `<div class="govuk-radios__item"><input class="govuk-radios__input" id="answer-${i}" name="answer" type="radio" value="${escape(o.value)}"${o.hint ? ` aria-describedby="answer-${i}-hint"` : ""}><label class="govuk-label govuk-radios__label" for="answer-${i}">${escape(o.label)}</label>${optionHint}</div>`;
        })
        .join("")}</div>`;
    }
    return `${state.answers.size ? '<button type="button" class="govuk-back-link app-link-button" data-back>Back</button>' : ""}
      <form class="app-checker__form" novalidate>
        ${summary}
        <div class="govuk-form-group${err ? " govuk-form-group--error" : ""}">
          <fieldset class="govuk-fieldset"${describedBy ? ` aria-describedby="${describedBy}"` : ""}${q.kind === "date" ? ' role="group"' : ""}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
              <span class="govuk-caption-m">Question ${number}</span>
              <h2 class="govuk-fieldset__heading" tabindex="-1" data-focus>${escape(q.legend)}</h2>
            </legend>
            ${q.hint ? `<div class="govuk-hint" id="${hintId}">${escape(q.hint)}</div>` : ""}
            ${err ? `<p class="govuk-error-message" id="${errorId}"><span class="govuk-visually-hidden">Error:</span> ${escape(err.message)}</p>` : ""}
            ${inputs}
          </fieldset>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
      </form>
      ${summaryOfAnswers()}`;
  }

  function resultHtml(step: Extract<ReturnType<typeof nextStep>, { kind: "result" }>): string {
    const { ruleSet, application, result } = step;
    const number = (id: string) => ruleSet.steps.find((s) => s.id === id)?.number ?? "";
    const trace = result.trace
      .map(
        (t) => `<tr class="govuk-table__row"><td class="govuk-table__cell">${number(t.step)}</td><th scope="row" class="govuk-table__header">${escape(t.question)}</th><td class="govuk-table__cell">${t.answer === "yes" ? "Yes" : "No"}</td><td class="govuk-table__cell"><a class="govuk-link" href="${escape(t.source.href ?? "")}">${escape(t.source.title)}</a></td></tr>`,
      )
      .join("");
    let headline: string;
    let message: string;
    let status: string;
    if (isUndecided(result)) {
      headline = "Cannot be decided";
      message = `The rules cannot decide without more information: ${result.error.message}.`;
      status = result.error.code;
    } else {
      const w = outcomeWords(result.status);
      // "Subject to review by DfE" already says the verdict; other labels follow it.
      headline = w.verdict === "funded" ? w.verdictWords : w.label.startsWith(w.verdictWords) ? w.label : `${w.verdictWords}: ${w.label}`;
      message = result.message;
      status = result.status;
    }
    const replay = JSON.stringify({ ...application, ruleSet: ruleSet.id });
    return `<div class="app-checker__result" data-status="${escape(status)}">
      <h2 class="govuk-heading-l" id="checker-result" tabindex="-1" data-focus>Result: ${escape(headline)}</h2>
      <p class="govuk-body-l app-checker__message">${escape(message)}</p>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Outcome</dt><dd class="govuk-summary-list__value"><code class="app-code">${escape(status)}</code></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rule set</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="${rulesBase}/${escape(ruleSet.id)}/">${escape(ruleSet.id)}</a>, in force ${ruleSet.validTo ? `${escape(formatDate(ruleSet.validFrom))} to ${escape(formatDate(ruleSet.validTo))}` : `from ${escape(formatDate(ruleSet.validFrom))}`}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rule set hash</dt><dd class="govuk-summary-list__value"><code class="app-code app-hash">${escape(ruleSet.hash)}</code></dd></div>
      </dl>
      <div class="app-table-scroll" role="region" aria-label="How the rules decided" tabindex="0">
        <table class="govuk-table app-checker__trace">
          <caption class="govuk-table__caption govuk-table__caption--m">How the rules decided</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Step</th><th scope="col" class="govuk-table__header">Question</th><th scope="col" class="govuk-table__header">Answer</th><th scope="col" class="govuk-table__header">Source</th></tr></thead>
          <tbody class="govuk-table__body">${trace}</tbody>
        </table>
      </div>
      <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Replay this decision</span></summary>
        <div class="govuk-details__text"><p class="govuk-body">Pipe this line into <code class="app-code">npm run --silent decide</code> to get the same decision:</p><pre class="app-replay"><code>${escape(replay)}</code></pre></div>
      </details>
      <button type="button" class="govuk-button govuk-button--secondary" data-restart>Start again</button>
    </div>
    ${summaryOfAnswers()}`;
  }

  function render(focus = true) {
    let step;
    try {
      step = nextStep(answersObject());
    } catch (error) {
      view.innerHTML = `<p class="govuk-body">The checker could not decide: ${escape((error as Error).message)}</p>`;
      return;
    }
    if (step.kind === "question") {
      view.innerHTML = questionHtml(step.question, state.answers.size + 1);
      live.textContent = "";
      bindQuestion(step.question);
    } else {
      view.innerHTML = resultHtml(step);
      live.textContent = `Result: ${view.querySelector("#checker-result")?.textContent?.replace(/^Result: /, "") ?? ""}`;
      view.querySelector("[data-restart]")?.addEventListener("click", () => {
        state.answers.clear();
        render();
      });
    }
    view.querySelectorAll<HTMLButtonElement>("[data-change]").forEach((b) =>
      b.addEventListener("click", () => {
        const id = b.dataset.change!;
        // Later answers may no longer be asked: drop them with the one being changed.
        let drop = false;
        for (const key of [...state.answers.keys()]) {
          if (key === id) drop = true;
          if (drop) state.answers.delete(key);
        }
        state.error = null;
        render();
      }),
    );
    if (!focus) return;
    const target = view.querySelector<HTMLElement>(state.error ? ".govuk-error-summary" : "[data-focus]");
    target?.focus();
  }

  function bindQuestion(q: Question) {
    view.querySelector("[data-back]")?.addEventListener("click", () => {
      const last = [...state.answers.keys()].pop();
      if (last) state.answers.delete(last);
      state.error = null;
      render();
    });
    view.querySelector("form")!.addEventListener("submit", (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      let value: string | null = null;
      if (q.kind === "date") {
        const get = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
        const [d, m, y] = [get("day"), get("month"), get("year")];
        state.draftDate = { day: d, month: m, year: y };
        if (!d && !m && !y) state.error = { message: q.required, field: "date" };
        else {
          const iso = `${y.padStart(4, "0")}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
          const problem = /^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y) ? dateError(iso) : "Enter a real date, for example 1 9 2026";
          if (problem) state.error = { message: problem, field: "date" };
          else value = iso;
        }
      } else {
        const checked = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
        if (!checked) state.error = { message: q.required, field: q.id };
        else value = checked.value;
      }
      if (value !== null) {
        state.error = null;
        state.draftDate = null;
        state.answers.set(q.id, value);
      }
      render();
    });
  }

  render(false);
}

const root = document.querySelector<HTMLElement>("[data-app-checker]");
if (root) startChecker(root);
