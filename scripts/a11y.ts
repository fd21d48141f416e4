// `npm run test:a11y`: the accessibility check alone. Builds the site (or takes a build), serves it on
// 127.0.0.1, and runs pa11y-ci with axe and HTML_CodeSniffer at WCAG2AA over every .html page of the
// build, in Debian's Chromium. The logic lives in tools/checks/; this file parses, prints and exits.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { commandLineOrExit, wholeNumberOption } from "../common/command-line.ts";
import { plural } from "../common/plural.ts";
import { buildSite } from "../site/build/build-site.ts";
import { checkAccessibility, formatIssues, pa11yCiConfig } from "../tools/checks/accessibility.ts";
import { builtPagePaths } from "../tools/checks/built-pages.ts";
import { chromiumMissingMessage } from "../tools/checks/chromium.ts";
import { serveStaticSite } from "../tools/checks/static-server.ts";

const HELP = `Usage: npm run test:a11y [-- --site DIR] [-- --concurrency N] [-- --config]

Builds the site into a temporary folder (or, with --site, checks an existing build such as _site),
serves it on 127.0.0.1 and runs pa11y-ci over every .html page in it with both runners, axe and
HTML_CodeSniffer, at WCAG2AA, in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
Prints each page checked, every issue (page, runner, rule code, element, message), the known false
positives it set aside and why, and the time taken.

  --site DIR        check this built site instead of building one
  --concurrency N   pages checked at once (default 2, one per core here)
  --config          print the pa11y-ci configuration used, then exit

Exit status: 0 no issues; 1 issues found or a page could not be checked; 2 bad arguments;
3 Chromium missing; 4 the site did not build.`;

const { values } = commandLineOrExit(process.argv.slice(2), {
  command: "npm run test:a11y",
  help: HELP,
  options: { site: { type: "string" }, concurrency: { type: "string" }, config: { type: "boolean" } },
});
let concurrency: number;
try {
  concurrency = wholeNumberOption(values, "concurrency", 2);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (values.config) {
  console.log(JSON.stringify(pa11yCiConfig(concurrency), null, 2));
  process.exit(0);
}
const missing = chromiumMissingMessage();
if (missing) {
  console.error(missing);
  process.exit(3);
}

let folder = values.site as string | undefined;
let temporary: string | undefined;
if (folder !== undefined) {
  if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`--site needs a built site folder, e.g. --site _site (got "${folder ?? ""}")`);
    process.exit(2);
  }
} else {
  temporary = mkdtempSync(path.join(os.tmpdir(), "npq-a11y-"));
  folder = path.join(temporary, "site");
  try {
    const built = await buildSite({ output: folder, quiet: true });
    console.log(`Built the site in ${built.seconds.toFixed(1)} s`);
  } catch (error) {
    console.error(`The site did not build, so nothing was checked:\n\n${(error as Error).message}`);
    rmSync(temporary, { recursive: true, force: true });
    process.exit(4);
  }
}

const server = await serveStaticSite(folder!);
const pagePaths = builtPagePaths(folder!);
console.log(`Checking ${plural(pagePaths.length, "page")} with axe and HTML_CodeSniffer (WCAG2AA) in Chromium, ${concurrency} at a time`);
let exitCode = 0;
try {
  const report = await checkAccessibility(
    pagePaths.map((p) => new URL(p.slice(1), server.url).href),
    { concurrency, onPage: (url, done, total) => console.log(`  [${done}/${total}] ${new URL(url).pathname}`) },
  );
  const byRule = new Map<string, number>();
  for (const issue of report.ignored) byRule.set(`[${issue.runner}] ${issue.code}: ${issue.reason}`, (byRule.get(`[${issue.runner}] ${issue.code}: ${issue.reason}`) ?? 0) + 1);
  for (const [rule, count] of byRule) console.log(`\nSet aside ${count} known false positive(s) ${rule}`);
  for (const failure of report.failures) console.error(`\nCould not check ${failure.pageUrl}: ${failure.message}`);
  if (report.issues.length) console.error(`\n${formatIssues(report.issues)}`);
  const pagesWithIssues = new Set(report.issues.map((i) => i.pageUrl)).size;
  console.log(
    `\n${plural(report.pages.length, "page")} checked, ${plural(report.issues.length, "issue")} on ${plural(pagesWithIssues, "page")}` +
      `${report.failures.length ? `, ${plural(report.failures.length, "page")} could not be checked` : ""}, in ${report.seconds.toFixed(1)} s`,
  );
  if (report.issues.length || report.failures.length) exitCode = 1;
} finally {
  await server.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
process.exit(exitCode);
