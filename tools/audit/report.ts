// The audit's HTML report: standalone (GOV.UK Frontend's CSS inlined, its font and image URLs
// removed, so the file opens anywhere, offline, and passes the same accessibility checks as the
// site), rendered with Nunjucks from _includes/audit/report.njk. The template sits in _includes/ with
// the site's other templates, where the GOV.UK macros resolve the same way (ARCHITECTURE.md: Nunjucks
// only in _includes/; no decisions in templates).
import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { OUTCOMES, RULE_SETS, STATUSES } from "../../rules/index.ts";
import { breakable } from "../../site/filters/breakable.ts";
import { GOVUK_FRONTEND_DIST } from "../../site/eleventy/assets-plugin.ts";
import { collectProvenance, PROJECT_ROOT, type Provenance } from "../../site/provenance/provenance.ts";
import type { AuditSummary } from "./tally.ts";
import { REPORT_LIMIT } from "./tally.ts";

/** GOV.UK Frontend's CSS without @font-face rules or /assets/ URLs (system fonts stand in). */
export function standaloneCss(): string {
  const govuk = readFileSync(path.join(GOVUK_FRONTEND_DIST, "govuk/govuk-frontend.min.css"), "utf8")
    .replace(/\/\*# sourceMappingURL=.*?\*\//g, "")
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/url\([^)]*\/assets\/[^)]*\)/g, "none");
  const site = readFileSync(path.join(PROJECT_ROOT, "assets/site.css"), "utf8");
  return `${govuk}\n${site}`;
}

let environment: nunjucks.Environment | undefined;
function nunjucksEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(PROJECT_ROOT, "_includes"), GOVUK_FRONTEND_DIST]), {
    autoescape: true,
    throwOnUndefined: false,
  });
  const whole = new Intl.NumberFormat("en-GB");
  const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 2 });
  environment.addFilter("number", (n: number) => whole.format(n));
  environment.addFilter("percent", (n: number) => percent.format(n));
  // Status codes are long words joined by "_": let them wrap there, not mid-word (as on the site).
  environment.addFilter("breakable", breakable);
  return environment;
}

export interface ReportOptions {
  readonly file: string;
  readonly csvFile?: string;
  readonly auditedAt?: Date;
  readonly provenance?: Provenance;
}

/** Statuses in the matrix: every status that was recorded or replayed, in the rules' own order. */
export function matrixStatuses(summary: AuditSummary): string[] {
  const seen = new Set<string>();
  for (const [recorded, row] of Object.entries(summary.matrix)) {
    seen.add(recorded);
    for (const replayed of Object.keys(row)) seen.add(replayed);
  }
  return STATUSES.filter((s) => seen.has(s));
}

export function renderAuditReport(summary: AuditSummary, options: ReportOptions): string {
  const labels = Object.fromEntries(Object.values(OUTCOMES).map((o) => [o.status, o.label]));
  return nunjucksEnvironment().render("audit/report.njk", {
    title: `Audit of ${path.basename(options.file)}`,
    file: options.file,
    csvFile: options.csvFile,
    auditedAt: (options.auditedAt ?? new Date()).toISOString(),
    css: standaloneCss(),
    summary,
    statuses: matrixStatuses(summary),
    ruleSetTitles: Object.fromEntries(RULE_SETS.map((r) => [r.id, r.title])),
    // The trace beside "Where they part" is numbered as the rule set's page numbers its steps, which
    // is how partingOf (parting.ts) names a step.
    stepNumbers: Object.fromEntries(RULE_SETS.map((r) => [r.id, Object.fromEntries(r.steps.map((s) => [s.id, s.number]))])),
    labels,
    reportLimit: REPORT_LIMIT,
    provenance: options.provenance ?? collectProvenance(),
  });
}
