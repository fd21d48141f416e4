// A capture flow: a journey through a prototype as data (YAML or JSON), validated with zod so a
// mistake names the step number, the field, the value and what is right. Documented in README.md.
//
//   start: http://localhost:3000   # optional: where relative `visit` addresses point
//   width: 1200                    # optional: the window's width in CSS pixels
//   steps:
//     - visit: /start
//     - screenshot: start-page
//     - click: Start now           # a button or link, by its text
//     - check: "Yes"               # a radio or checkbox, by its label
//     - fill: { label: Email address, value: someone@example.com }
//     - select: { label: Country, option: England }
//     - screenshot: check-your-answers                              # the whole page, top to bottom
//     - screenshot: { name: your-answers, element: ".govuk-summary-list" }   # one part of the page
//     - screenshot: { name: first-screen, window: true }            # what the window shows
import { load as loadYaml } from "js-yaml";
import { z } from "zod";
import { UserInputError } from "../../common/user-error.ts";

export class FlowError extends UserInputError {}

const text = (what: string) => z.string({ error: what }).trim().min(1, what);
const target = z.union([text("the text of a button or link"), z.object({ selector: text("a CSS selector") }).strict()], {
  error: 'the text of a button or link, or { selector: "css selector" }',
});
const field = z
  .object({ label: text("the field's label").optional(), selector: text("a CSS selector").optional(), value: z.string({ error: "the text to type" }) })
  .strict()
  .refine((f) => Boolean(f.label) !== Boolean(f.selector), "either label or selector (one of them)");

const shotName = z
  .string({ error: "the shot's name, e.g. check-your-answers" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a name of lower-case letters, digits and hyphens, e.g. check-your-answers");

/** A screenshot step: the whole page (a name alone), one element of it, or what the window shows. */
export interface Shot {
  name: string;
  /** A CSS selector: the shot is of the first element it matches (a long page's one part). */
  element?: string;
  /** Only what the window shows (after any scroll to the visited address's #fragment). */
  window?: true;
}

const shot = z
  .object(
    {
      name: shotName,
      element: text("a CSS selector, e.g. \"#main-content table\"").optional(),
      window: z.literal(true, { error: "true: only what the window shows" }).optional(),
    },
    { error: 'a shot\'s name, or { name: ..., element: "css selector" } or { name: ..., window: true }' },
  )
  .strict()
  .refine((s) => !(s.element && s.window), "either element or window (one of them), or neither for the whole page");

export const STEP_SCHEMAS = {
  visit: text("an address, absolute (http://...) or relative to start (/page)"),
  click: target,
  fill: field,
  check: z.union([text("the label of a radio or checkbox"), z.object({ selector: text("a CSS selector") }).strict()], {
    error: "the label of a radio or checkbox, or { selector: ... }",
  }),
  select: z
    .object({ label: text("the select's label").optional(), selector: text("a CSS selector").optional(), option: text("the option's text") })
    .strict()
    .refine((f) => Boolean(f.label) !== Boolean(f.selector), "either label or selector (one of them)"),
  screenshot: z.union([shotName.transform((name): Shot => ({ name })), shot]),
} as const;

export type StepAction = keyof typeof STEP_SCHEMAS;
export type FlowStep = { [A in StepAction]: { action: A; value: z.infer<(typeof STEP_SCHEMAS)[A]>; number: number } }[StepAction];

export interface Flow {
  start?: string;
  width?: number;
  steps: FlowStep[];
}

const flowSchema = z
  .object({
    start: z.url({ error: "an absolute address such as http://localhost:3000" }).optional(),
    width: z.number({ error: "a width in CSS pixels, e.g. 1200" }).int("a whole number of CSS pixels").min(320, "at least 320").max(3840, "at most 3840").optional(),
    steps: z.array(z.unknown(), { error: "a list of steps (visit, click, fill, check, select, screenshot)" }).min(1, "at least one step"),
  }, { error: "a flow: an object with steps (and optionally start and width)" })
  .strict();

const show = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) current = current && typeof current === "object" ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  return current;
}

function describeIssues(where: string, prefix: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${[prefix, k].filter(Boolean).join(".")}"`).join(", ")}`;
      const name = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(the file)";
      return `${where}: field "${name}": got ${show(valueAt(data, issue.path))}; expected ${issue.message}`;
    })
    .join("\n");
}

/** Parse and validate a flow file's text (YAML, of which JSON is a subset). */
export function parseFlow(source: string, file: string): Flow {
  let data: unknown;
  try {
    data = loadYaml(source);
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string };
    throw new FlowError(`Flow ${file}${e.mark ? `, line ${e.mark.line + 1}` : ""}: ${e.reason ?? (error as Error).message}; expected YAML or JSON`);
  }
  const top = flowSchema.safeParse(data);
  if (!top.success) throw new FlowError(describeIssues(`Flow ${file}`, "", data, top.error.issues));

  const problems: string[] = [];
  const steps: FlowStep[] = [];
  const shots = new Map<string, number>();
  top.data.steps.forEach((raw, index) => {
    const number = index + 1;
    const where = `Flow ${file}, step ${number}`;
    const keys = raw && typeof raw === "object" && !Array.isArray(raw) ? Object.keys(raw) : [];
    const known = Object.keys(STEP_SCHEMAS);
    if (keys.length !== 1 || !known.includes(keys[0]!)) {
      problems.push(`${where}: got ${show(raw)}; expected one action of ${known.join(", ")}, e.g. { visit: /start }`);
      return;
    }
    const action = keys[0] as StepAction;
    const value = (raw as Record<string, unknown>)[action];
    // A screenshot is checked in the form written (a name, or an object), so a mistake reads
    // "expected a name ..." or names the object's field, not both forms at once.
    const schema = action === "screenshot" ? STEP_SCHEMAS.screenshot.options[typeof value === "string" ? 0 : 1] : STEP_SCHEMAS[action];
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(describeIssues(where, action, value, result.error.issues));
      return;
    }
    if (action === "screenshot") {
      const { name } = result.data as Shot;
      const earlier = shots.get(name);
      if (earlier) problems.push(`${where}: field "screenshot": "${name}" is already the name of step ${earlier}; expected a name used once`);
      shots.set(name, number);
    }
    steps.push({ action, value: result.data, number } as FlowStep);
  });
  if (!problems.length && !shots.size) problems.push(`Flow ${file}: no screenshot step; expected at least one, e.g. { screenshot: start-page }`);
  if (problems.length) throw new FlowError(problems.join("\n"));
  return { start: top.data.start, width: top.data.width, steps };
}
