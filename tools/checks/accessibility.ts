// Runs pa11y-ci over pages of a served site with both runners (axe and HTML_CodeSniffer) at WCAG 2 AA
// in Debian's Chromium, and returns every issue in one flat list. Used by `npm run test:a11y`
// (scripts/a11y.ts) and by the tests (tests/a11y/).
import { createRequire } from "node:module";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

const require = createRequire(import.meta.url);
const pa11yCi: (urls: string[], options: object) => Promise<Pa11yCiReport> = require("pa11y-ci");
const PROGRESS_REPORTER = require.resolve("./pa11y-progress-reporter.cjs");

interface Pa11yIssue {
  code: string;
  type: "error" | "warning" | "notice";
  message: string;
  context: string | null;
  selector: string;
  runner: "axe" | "htmlcs";
  runnerExtras?: { needsFurtherReview?: boolean; impact?: string };
}
interface Pa11yCiReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, (Pa11yIssue | Error)[]>;
}

export interface AccessibilityIssue {
  pageUrl: string;
  runner: "axe" | "htmlcs";
  code: string;
  message: string;
  selector: string;
  context: string;
}

/**
 * Issues we know to be false positives, each named exactly (runner, code, and the element it is
 * reported on) with the proof beside it. Anything else fails. tests/a11y/false-positives.test.ts
 * re-checks each proof in the browser, so an entry can't outlive its reason.
 */
export interface KnownFalsePositive {
  runner: "axe" | "htmlcs";
  code: string;
  /** The reported element's opening tag must match, so the same rule on any other element still fails. */
  element: RegExp;
  reason: string;
}

export const KNOWN_FALSE_POSITIVES: readonly KnownFalsePositive[] = [
  {
    runner: "htmlcs",
    code: "WCAG2AA.Principle1.Guideline1_3.1_3_1.F92,ARIA4",
    element: /^<svg\b[^>]*\brole="presentation"[^>]*\bclass="govuk-footer__crown"[^>]*>/,
    reason:
      "GOV.UK Frontend 6's footer crown is <svg role=\"presentation\"> drawn with <g>, <circle> and <path>. " +
      "HTML_CodeSniffer flags any presentation element whose children are not div/span/b/i, but SVG shapes " +
      "without a name or role have no semantics (SVG-AAM: not included in the accessibility tree); " +
      "Chromium's accessibility tree holds no node for them and axe raises nothing.",
  },
  {
    runner: "axe",
    code: "color-contrast",
    // The decision maps' words (_includes/rule-map/): each line of a box or end, and each Yes and No.
    element: /^<(?:tspan|text)\b[^>]*\bclass="app-rule-map__(?:line|answer)\b/,
    reason:
      "The decision maps' words are SVG text (real text, as the maps must be). axe cannot judge the " +
      "contrast of any text inside an <svg>: its background search stops at the svg element, which it " +
      "counts as an image ('imgNode'), and it asks for review instead. tests/a11y/false-positives.test.ts " +
      "measures every line against the shape drawn behind it (at least 4.5:1 each) and checks that axe " +
      "gives no other reason.",
  },
];

export interface AccessibilityReport {
  pages: string[];
  issues: AccessibilityIssue[];
  ignored: (AccessibilityIssue & { reason: string })[];
  /** Pages pa11y could not test at all (timeout, crash): each fails the run. */
  failures: { pageUrl: string; message: string }[];
  seconds: number;
}

export interface AccessibilityOptions {
  /** Pages tested at once; each has its own incognito context in one Chromium. */
  concurrency?: number;
  onPage?: (pageUrl: string, done: number, total: number) => void;
  falsePositives?: readonly KnownFalsePositive[];
}

/** The pa11y-ci configuration: the same one `npm run test:a11y` prints with --config. */
export function pa11yCiConfig(concurrency = 2) {
  return {
    defaults: {
      standard: "WCAG2AA",
      runners: ["axe", "htmlcs"],
      // pa11y maps WCAG2AA to axe's wcag2a/aa, wcag21a/aa and best-practice tags. WCAG 2.2 AA's one
      // automated axe rule, target-size (2.5.8), can't be named here (pa11y hands `rules` to
      // HTML_CodeSniffer too, which rejects it): tests/browser/every-page.test.ts runs it instead.
      timeout: 60_000,
      // Warnings and notices are fetched so that axe's moderate and minor violations are seen (pa11y
      // files them as warnings); isFailure() below decides what fails.
      includeWarnings: true,
      includeNotices: true,
      chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    },
    concurrency,
    // One shared context, not one incognito context a page: with incognito contexts, puppeteer 24 and
    // Chromium 156, closing a finished page fails ("Target.closeTarget: No target with given id") and
    // pa11y-ci throws away that page's results whenever two pages run at once. The site is static:
    // no cookies or storage for pages to share.
    useIncognitoBrowserContext: false,
  };
}

/**
 * What counts as an issue: every HTML_CodeSniffer error (its warnings and notices are prompts for a
 * person to check by hand, e.g. "check that the title describes the page"), and every axe violation
 * whatever its impact, plus axe's "needs review" results at serious or critical impact (pa11y's
 * default).
 */
export function isFailure(issue: Pick<Pa11yIssue, "runner" | "type" | "runnerExtras">): boolean {
  if (issue.runner === "htmlcs") return issue.type === "error";
  if (issue.runnerExtras?.needsFurtherReview) return issue.type === "error";
  return true;
}

function describeIssue(pageUrl: string, issue: Pa11yIssue): AccessibilityIssue {
  return {
    pageUrl,
    runner: issue.runner,
    code: issue.code,
    message: issue.message,
    selector: issue.selector,
    context: (issue.context ?? "").replace(/\s+/g, " ").trim(),
  };
}

export function matchFalsePositive(issue: AccessibilityIssue, list: readonly KnownFalsePositive[]): KnownFalsePositive | undefined {
  return list.find((known) => known.runner === issue.runner && known.code === issue.code && known.element.test(issue.context));
}

export async function checkAccessibility(pageUrls: string[], options: AccessibilityOptions = {}): Promise<AccessibilityReport> {
  const started = performance.now();
  const config = pa11yCiConfig(options.concurrency);
  let done = 0;
  const onPage = (pageUrl: string) => options.onPage?.(pageUrl, ++done, pageUrls.length);
  const report = await pa11yCi(pageUrls, {
    ...config.defaults,
    concurrency: config.concurrency,
    useIncognitoBrowserContext: config.useIncognitoBrowserContext,
    reporters: [[PROGRESS_REPORTER, { onPage }]],
  });
  const result: AccessibilityReport = { pages: [...pageUrls], issues: [], ignored: [], failures: [], seconds: 0 };
  for (const pageUrl of pageUrls) {
    const outcomes = report.results[pageUrl];
    if (!outcomes) {
      result.failures.push({ pageUrl, message: "pa11y-ci returned no result for this page" });
      continue;
    }
    for (const outcome of outcomes) {
      if (outcome instanceof Error) {
        result.failures.push({ pageUrl, message: outcome.message });
        continue;
      }
      if (!isFailure(outcome)) continue;
      const issue = describeIssue(pageUrl, outcome);
      const known = matchFalsePositive(issue, options.falsePositives ?? KNOWN_FALSE_POSITIVES);
      if (known) result.ignored.push({ ...issue, reason: known.reason });
      else result.issues.push(issue);
    }
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** The issues as lines a person can act on: page, runner and code, element, message. */
export function formatIssues(issues: AccessibilityIssue[]): string {
  return issues
    .map((issue) => `${issue.pageUrl}\n  [${issue.runner}] ${issue.code}\n  at ${issue.selector}\n  ${issue.context.slice(0, 200)}\n  ${issue.message}`)
    .join("\n\n");
}
