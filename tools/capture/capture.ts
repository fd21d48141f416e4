// Screenshots of a running prototype (the whole page, one element of it, or the window) in Debian's
// Chromium, through playwright-core (which drives an installed browser and never downloads one). Each
// shot is NN-name.png in the post's folder, numbered after the files already there, so a capture
// never overwrites a screenshot.
import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Locator, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../checks/chromium.ts";
import { UserInputError } from "../../common/user-error.ts";
import { textFromFileName, type ScreenshotItem } from "../new-post/screenshot-items.ts";
import type { FlowStep } from "./flow.ts";

export class CaptureError extends UserInputError {}

export const CAPTURE_DEFAULTS = {
  /** CSS pixels; at 2x this gives 2400 px PNGs like the seed's screenshots. */
  width: 1200,
  height: 800,
  deviceScaleFactor: 2,
  /** How long one step may wait for its button, field or page. */
  timeoutMs: 10_000,
  executablePath: CHROMIUM_PATH,
} as const;


export interface CaptureOptions {
  steps: readonly FlowStep[];
  /** Where relative `visit` addresses point. */
  start?: string;
  /** The folder the PNGs go into (screenshots/<slug>/). */
  outputDir: string;
  width?: number;
  deviceScaleFactor?: number;
  timeoutMs?: number;
  executablePath?: string;
  /** Told about each step as it runs, for progress. */
  onStep?: (step: FlowStep, description: string) => void;
}

export interface CapturedShot extends ScreenshotItem {
  file: string;
  step: number;
}

/** The number the next shot gets: one after the highest NN- prefix in the folder (01 when empty). */
export async function nextShotNumber(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.reduce((max, name) => Math.max(max, Number(/^(\d+)-/.exec(name)?.[1] ?? 0)), 0) + 1;
}

export function shotFileName(number: number, name: string): string {
  return `${String(number).padStart(2, "0")}-${name}.png`;
}

export function describeStep(step: FlowStep): string {
  if (step.action === "screenshot") {
    const { name, element, window } = step.value;
    return `screenshot "${name}"${element ? ` of ${element}` : window ? " of the window" : ""}`;
  }
  const v = step.value as unknown;
  const show = (x: unknown) => (typeof x === "string" ? `"${x}"` : JSON.stringify(x));
  return `${step.action} ${show(v)}`;
}

/** Resolve every visit address before the browser starts, so a bad one fails fast. */
export function resolveVisits(steps: readonly FlowStep[], start: string | undefined): Map<number, string> {
  const urls = new Map<number, string>();
  let opened = false;
  for (const step of steps) {
    if (step.action === "visit") {
      try {
        urls.set(step.number, new URL(step.value, start).href);
      } catch {
        throw new CaptureError(
          `step ${step.number}: field "visit": got "${step.value}"; expected an absolute address (http://...)${start ? "" : ", or a start address (--url or start:) for relative ones"}`,
        );
      }
      opened = true;
    } else if (!opened) {
      throw new CaptureError(`step ${step.number}: ${describeStep(step)} comes before any page is open; expected a visit step first`);
    }
  }
  return urls;
}

function clickTarget(page: Page, value: string | { selector: string }): Locator {
  if (typeof value !== "string") return page.locator(value.selector);
  // GOV.UK prototypes: "Continue" is a <button>, "Start now" a link styled (and with role) as a button.
  return page.getByRole("button", { name: value, exact: true }).or(page.getByRole("link", { name: value, exact: true })).first();
}

function fieldTarget(page: Page, value: { label?: string; selector?: string }): Locator {
  return value.selector ? page.locator(value.selector) : page.getByLabel(value.label!, { exact: true });
}

function notFound(step: FlowStep): string {
  switch (step.action) {
    case "click":
      return typeof step.value === "string" ? `found no button or link with the text "${step.value}"` : `found nothing matching ${step.value.selector}`;
    case "fill":
    case "select":
      return step.value.label ? `found no field labelled "${step.value.label}"` : `found nothing matching ${step.value.selector}`;
    case "check":
      return typeof step.value === "string" ? `found no radio or checkbox labelled "${step.value}"` : `found nothing matching ${step.value.selector}`;
    case "screenshot":
      return step.value.element ? `found nothing matching ${step.value.element}` : "the page did not finish loading";
    default:
      return "the page did not finish loading";
  }
}

export async function captureFlow(options: CaptureOptions): Promise<CapturedShot[]> {
  const visits = resolveVisits(options.steps, options.start);
  const executablePath = options.executablePath ?? CAPTURE_DEFAULTS.executablePath;
  if (!existsSync(executablePath)) {
    throw new CaptureError(`Chromium is not at ${executablePath}; install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH`);
  }
  await mkdir(options.outputDir, { recursive: true });
  let number = await nextShotNumber(options.outputDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const shots: CapturedShot[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: options.width ?? CAPTURE_DEFAULTS.width, height: CAPTURE_DEFAULTS.height },
      deviceScaleFactor: options.deviceScaleFactor ?? CAPTURE_DEFAULTS.deviceScaleFactor,
    });
    context.setDefaultTimeout(options.timeoutMs ?? CAPTURE_DEFAULTS.timeoutMs);
    const page = await context.newPage();
    for (const step of options.steps) {
      const description = describeStep(step);
      options.onStep?.(step, description);
      try {
        switch (step.action) {
          case "visit": {
            const url = visits.get(step.number)!;
            const response = await page.goto(url, { waitUntil: "load" });
            if (response && response.status() >= 400) throw new Error(`${url} answered ${response.status()} ${response.statusText()}`);
            break;
          }
          case "click":
            await clickTarget(page, step.value).click();
            await page.waitForLoadState("load");
            break;
          case "fill":
            await fieldTarget(page, step.value).fill(step.value.value);
            break;
          case "check":
            await (typeof step.value === "string" ? page.getByLabel(step.value, { exact: true }) : page.locator(step.value.selector)).check();
            break;
          case "select":
            await fieldTarget(page, step.value).selectOption({ label: step.value.option });
            break;
          case "screenshot": {
            const { name, element, window } = step.value;
            const file = shotFileName(number++, name);
            const target = path.join(options.outputDir, file);
            if (existsSync(target)) throw new Error(`${target} already exists`);
            const settings = { path: target, animations: "disabled", caret: "hide" } as const;
            if (element) await page.locator(element).first().screenshot(settings);
            else await page.screenshot({ ...settings, fullPage: !window });
            shots.push({ file: target, src: file, text: textFromFileName(file), step: step.number });
            break;
          }
        }
      } catch (error) {
        if (error instanceof CaptureError) throw error;
        const timedOut = (error as Error).name === "TimeoutError";
        const message = timedOut ? `${notFound(step)} within ${(options.timeoutMs ?? CAPTURE_DEFAULTS.timeoutMs) / 1000} s` : (error as Error).message.split("\n")[0]!.replace(/^\w+\.\w+: /, "");
        const kept = shots.length ? ` (kept the shots taken before it: ${shots.map((s) => s.src).join(", ")})` : "";
        throw new CaptureError(`step ${step.number} (${description}) failed on ${page.url()}: ${message}${kept}`);
      }
    }
  } finally {
    await browser.close();
  }
  return shots;
}
