// npm run import -- <folder> [--service NAME] [--dry-run]: move an existing DfE design history's posts
// and images here unchanged (tools/import/import-history.ts), and report what needs a person.
import { parseCommandLine, runCommand, UsageError } from "../common/command-line.ts";
import { describeImport, importHistory } from "../tools/import/import-history.ts";

const HELP = `Usage: npm run import -- <folder> [--service NAME] [--dry-run] [--json]

Copies the posts and images of a design history repository (made from the GOV.UK design history
template, or in the DfE layout of teacher-cpd-design-history and bat-design-history: app/posts/,
app/images/) into content/posts/ and screenshots/, changing no post's text. Each post keeps its
address (/<service>/<post>/), and each service gets its own listing page.

It never overwrites: if any post, image or data file it would write exists, it writes nothing.

  <folder>          the history's repository (a checkout), or its app/ folder
  --service NAME    only this service (a folder of app/posts/), e.g. register-for-an-npq
  --dry-run         report what would be imported, writing nothing
  --json            print the report as one JSON object

The report lists the posts and images copied, every image reference that points to nothing (post,
line, reference) and every construct the site does not understand. Then: npm run build.
Exit status: 0 imported (whatever the report says); 2 nothing was imported (bad folder, a file would be
overwritten).`;

await runCommand(async () => {
  const { values, help, positionals } = parseCommandLine(process.argv.slice(2), { service: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } }, "npm run import", 1);
  const folder = positionals[0];
  if (help) {
    console.log(HELP);
    return;
  }
  if (!folder) throw new UsageError("npm run import needs the history's folder, e.g. npm run import -- ../teacher-cpd-design-history --service register-for-an-npq");
  const report = importHistory({ from: folder, root: process.cwd(), service: values.service as string | undefined, dryRun: values["dry-run"] === true });
  console.log(values.json ? JSON.stringify(report, null, 2) : describeImport(report));
});
