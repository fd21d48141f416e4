// /rules/compare/: the form's two choices open that pair's page, /rules/compare/<from>/<to>/.
//
// The site is static, so the form is an ordinary GET form: without JavaScript it lands back on
// /rules/compare/?from=…&to=…, at the list of every comparison as links. With this script, choosing
// and submitting opens the pair's page, and so does an address of that form (a shared or bookmarked
// `/rules/compare/?from=2025-08-21&to=2026-06-01`). The pair's address is read from its link in the
// list, not built here, so it carries the site's path prefix as the build wrote it.

const ERROR_ID = "compare-to-error";

function pairLink(from: string, to: string): HTMLAnchorElement | null {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-compare-from][data-compare-to]")) {
    if (a.dataset.compareFrom === from && a.dataset.compareTo === to) return a;
  }
  return null;
}

/** GOV.UK's error pattern: a summary at the top of the page, linked to the message on the field. */
function showError(form: HTMLFormElement, select: HTMLSelectElement, message: string) {
  clearError(select);
  const group = select.closest(".govuk-form-group")!;
  group.classList.add("govuk-form-group--error");
  select.classList.add("govuk-select--error");
  const error = document.createElement("p");
  error.id = ERROR_ID;
  error.className = "govuk-error-message";
  const hidden = document.createElement("span");
  hidden.className = "govuk-visually-hidden";
  hidden.textContent = "Error: ";
  error.append(hidden, message);
  group.insertBefore(error, select);
  select.setAttribute("aria-describedby", ERROR_ID);

  const summary = document.createElement("div");
  summary.className = "govuk-error-summary";
  summary.tabIndex = -1;
  summary.dataset.compareErrorSummary = "";
  const alert = document.createElement("div");
  alert.setAttribute("role", "alert");
  const title = document.createElement("h2");
  title.className = "govuk-error-summary__title";
  title.textContent = "There is a problem";
  const body = document.createElement("div");
  body.className = "govuk-error-summary__body";
  const list = document.createElement("ul");
  list.className = "govuk-list govuk-error-summary__list";
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = `#${select.id}`;
  link.textContent = message;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    select.focus();
  });
  item.append(link);
  list.append(item);
  body.append(list);
  alert.append(title, body);
  summary.append(alert);
  form.before(summary);
  document.title = `Error: ${document.title.replace(/^Error: /, "")}`;
  summary.focus();
}

function clearError(select: HTMLSelectElement) {
  document.querySelector("[data-compare-error-summary]")?.remove();
  document.getElementById(ERROR_ID)?.remove();
  select.closest(".govuk-form-group")?.classList.remove("govuk-form-group--error");
  select.classList.remove("govuk-select--error");
  select.removeAttribute("aria-describedby");
  document.title = document.title.replace(/^Error: /, "");
}

/** Open the pair's page, or say why not. `replace`: the address was a query, not a choice made here. */
function open(form: HTMLFormElement, from: HTMLSelectElement, to: HTMLSelectElement, replace: boolean): boolean {
  if (from.value === to.value) {
    showError(form, to, "Choose a different rule set to compare with");
    return false;
  }
  const link = pairLink(from.value, to.value);
  if (!link) return false;
  if (replace) location.replace(link.href);
  else location.assign(link.href);
  return true;
}

export function startCompareForm(form: HTMLFormElement) {
  const from = form.querySelector<HTMLSelectElement>("select[name=from]")!;
  const to = form.querySelector<HTMLSelectElement>("select[name=to]")!;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    open(form, from, to, false);
  });
  const query = new URLSearchParams(location.search);
  const chosen = { from: query.get("from"), to: query.get("to") };
  const known = (id: string | null) => id !== null && [...from.options].some((o) => o.value === id);
  if (known(chosen.from) && known(chosen.to)) {
    from.value = chosen.from!;
    to.value = chosen.to!;
    open(form, from, to, true);
  }
}

const form = document.querySelector<HTMLFormElement>("form[data-compare-form]");
if (form) startCompareForm(form);
