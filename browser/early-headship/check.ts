// The early headship checker in the browser (/rules/early-headship/check/). The form is sent with GET, so
// a page with answers in its address is a submitted form: this reads them, decides with the rules
// module (questions.ts) and draws the result, the form with the answers and any errors, from
// _includes/checker/early-headship.njk, the template the build drew the empty form with.
//
// This module runs before the layout's /assets/site.js (module scripts run in document order, and the
// page's comes first), so GOV.UK Frontend's initAll() then sets up the error summary drawn here (its
// links move focus to the fields' legends).
import { render } from "../checker/templates.ts";
import { answersFromQuery, check, formView, type Links } from "./questions.ts";

export function startEarlyHeadshipCheck(root: HTMLElement) {
  // Links as the build wrote them, so they carry the site's path prefix.
  const rulePage = document.querySelector<HTMLAnchorElement>("[data-rule-page]")?.getAttribute("href") ?? "/rules/early-headship/";
  const prefix = rulePage.replace(/\/rules\/early-headship\/$/, "");
  const given = JSON.parse(root.getAttribute("data-sources") ?? "{}") as Links["sources"];
  const sources = Object.fromEntries(
    Object.entries(given).map(([id, s]) => [id, { ...s, href: s.href && s.href.startsWith("/") ? prefix + s.href : s.href }]),
  );
  const answers = answersFromQuery(location.search);
  const submitted = Object.keys(answers).length > 0;
  const checked = submitted ? check(answers) : null;
  root.innerHTML = render("checker/early-headship.njk", { check: formView(answers, checked, { rulePage, sources }, location.href) });
  root.querySelector<HTMLElement>(checked?.decision ? "[data-focus]" : ".govuk-error-summary")?.focus();
}

const root = document.querySelector<HTMLElement>("[data-app-early-headship-check]");
if (root) startEarlyHeadshipCheck(root);
