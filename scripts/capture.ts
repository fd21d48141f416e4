// `npm run capture -- --post <slug> (--url URL | --flow FILE)`: a thin face over tools/capture/.
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { captureFlow, CAPTURE_DEFAULTS } from "../tools/capture/capture.ts";
import { parseFlow, type FlowStep } from "../tools/capture/flow.ts";
import { parseCommandLine, runCommand, UsageError } from "../common/command-line.ts";
import { findPostBySlug } from "../tools/new-post/find-post.ts";
import { APP_SCREENSHOTS_IMPORT, appScreenshotsCall } from "../tools/new-post/screenshot-items.ts";

const HELP = `Usage: npm run capture -- --post SLUG --url URL [--name NAME] [--width PX]
       npm run capture -- --post SLUG --flow FILE [--url START] [--width PX]

Takes full-page screenshots of a running site or prototype in Chromium (${CAPTURE_DEFAULTS.executablePath}, or
CHROMIUM_PATH) at ${CAPTURE_DEFAULTS.deviceScaleFactor}x pixel density, into screenshots/SLUG/ as NN-name.png (numbered after the
files already there, so nothing is overwritten), then prints the appScreenshots items to paste.

  --post SLUG     the post the screenshots are for (content/posts/YYYY-MM-DD-SLUG.md must exist)
  --url URL       one page to capture; with --flow, where the flow's relative visits point
  --name NAME     with --url: the shot's name (default: the page's last path segment, or "home")
  --flow FILE     a journey in YAML or JSON: visit, click, fill, check, select and screenshot steps;
                  a screenshot is of the whole page, one element or the window (docs/writing-posts.md)
  --width PX      window width in CSS pixels (default ${CAPTURE_DEFAULTS.width}; the flow's width: wins over the default)
  --timeout S     seconds a step may wait for its page, button or field (default ${CAPTURE_DEFAULTS.timeoutMs / 1000})
  -h, --help      show this help`;

function shotNameFromUrl(url: string): string {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
  return last.replace(/\.[a-z0-9]+$/i, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "home";
}

await runCommand(async () => {
  const { values, help } = parseCommandLine(process.argv.slice(2), {
    post: { type: "string" },
    url: { type: "string" },
    name: { type: "string" },
    flow: { type: "string" },
    width: { type: "string" },
    timeout: { type: "string" },
  }, "npm run capture");
  if (help) return void console.log(HELP);
  const slug = values.post as string | undefined;
  const url = values.url as string | undefined;
  const flowFile = values.flow as string | undefined;
  if (!slug) throw new UsageError(`--post is required: the slug of the post the screenshots are for, e.g. --post additional-support-offer`);
  if (!url && !flowFile) throw new UsageError(`give --url URL (one page) or --flow FILE (a journey); see npm run capture -- --help`);
  if (url !== undefined && !/^https?:\/\/[^/]/.test(url)) throw new UsageError(`--url "${url}" is not an absolute http(s) address; expected e.g. http://localhost:3000/start`);
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!Number.isInteger(width) || width < 320 || width > 3840) throw new UsageError(`--width "${values.width}" is not a width; expected a whole number of CSS pixels from 320 to 3840, e.g. 1200`);
  }
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout) * 1000;
    if (!(timeoutMs > 0 && timeoutMs <= 600_000)) throw new UsageError(`--timeout "${values.timeout}" is not a time; expected seconds from 0.1 to 600, e.g. 10`);
  }
  const post = await findPostBySlug(process.cwd(), slug);

  let steps: FlowStep[];
  let start = url;
  if (flowFile) {
    if (values.name !== undefined) throw new UsageError(`--name is for --url alone; in a flow, each screenshot step names its shot`);
    let source: string;
    try {
      source = await readFile(flowFile, "utf8");
    } catch {
      throw new UsageError(`--flow "${flowFile}": no such file; expected a YAML or JSON flow file`);
    }
    const flow = parseFlow(source, flowFile);
    steps = flow.steps;
    start = url ?? flow.start;
    width ??= flow.width;
  } else {
    const name = (values.name as string | undefined) ?? shotNameFromUrl(url!);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new UsageError(`--name "${name}" is not a shot name; expected lower-case letters, digits and hyphens, e.g. check-your-answers`);
    steps = [
      { action: "visit", value: url!, number: 1 },
      { action: "screenshot", value: { name }, number: 2 },
    ];
  }

  const outputDir = path.join("screenshots", slug);
  const shots = await captureFlow({
    steps,
    start,
    outputDir,
    width,
    timeoutMs,
    onStep: (step, description) => console.log(`  step ${step.number}: ${description}`),
  });
  console.log(`\nCaptured ${shots.length} screenshot${shots.length === 1 ? "" : "s"} into ${outputDir}/:`);
  for (const shot of shots) {
    const { width: w, height: h } = await sharp(shot.file).metadata();
    console.log(`  ${shot.src} (${w} x ${h} px)`);
  }
  console.log(`\nPaste into ${post} (the import line is needed once per post):\n`);
  console.log(APP_SCREENSHOTS_IMPORT);
  console.log(appScreenshotsCall(shots));
});
