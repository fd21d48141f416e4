// Flow files: what a designer writes to capture a journey. Mistakes name the step, the field and what is right.
import { describe, expect, it } from "vitest";
import { parseFlow } from "../../../tools/capture/flow.ts";

describe("a flow file", () => {
  it("reads YAML steps in order, numbered from 1", () => {
    const flow = parseFlow(
      ["start: http://localhost:3000", "width: 1024", "steps:", "  - visit: /start", "  - screenshot: start-page", "  - click: Start now", "  - check: \"Yes\"", "  - fill: { label: Email address, value: a@b.c }", "  - select: { selector: '#country', option: England }", "  - click: { selector: 'button.govuk-button' }", "  - screenshot: check-your-answers"].join("\n"),
      "journey.yaml",
    );
    expect(flow.start).toBe("http://localhost:3000");
    expect(flow.width).toBe(1024);
    expect(flow.steps.map((s) => [s.number, s.action])).toEqual([
      [1, "visit"], [2, "screenshot"], [3, "click"], [4, "check"], [5, "fill"], [6, "select"], [7, "click"], [8, "screenshot"],
    ]);
  });

  it("reads JSON too", () => {
    expect(parseFlow('{"steps": [{"visit": "http://x.test/"}, {"screenshot": "home"}]}', "journey.json").steps).toHaveLength(2);
  });
});

const MISTAKES: [string, string, string][] = [
  ["a shot name with capitals and spaces", "steps:\n  - visit: /\n  - screenshot: Start Page\n", 'Flow f.yaml, step 2: field "screenshot": got "Start Page"; expected a name of lower-case letters, digits and hyphens'],
  ["a fill without a value", "steps:\n  - visit: /\n  - fill: { label: Email }\n  - screenshot: a\n", 'Flow f.yaml, step 2: field "fill.value": got nothing; expected the text to type'],
  ["a misspelt action", "steps:\n  - visit: /\n  - clik: Continue\n  - screenshot: a\n", 'Flow f.yaml, step 2: got {"clik":"Continue"}; expected one action of visit, click, fill, check, select, screenshot'],
  ["two actions in one step", "steps:\n  - visit: /\n    screenshot: a\n", "Flow f.yaml, step 1: got"],
  ["a field with both label and selector", "steps:\n  - visit: /\n  - fill: { label: a, selector: b, value: c }\n  - screenshot: a\n", 'step 2: field "fill": got {"label":"a","selector":"b","value":"c"}; expected either label or selector'],
  ["an unknown field in a click", "steps:\n  - visit: /\n  - click: { selectr: x }\n  - screenshot: a\n", 'step 2: field "click": got {"selectr":"x"}; expected the text of a button or link, or { selector: "css selector" }'],
  ["a shot name used twice", "steps:\n  - visit: /\n  - screenshot: home\n  - screenshot: home\n", 'step 3: field "screenshot": "home" is already the name of step 2'],
  ["no screenshot at all", "steps:\n  - visit: /\n", "no screenshot step"],
  ["a start that is not an address", "start: localhost\nsteps:\n  - screenshot: a\n", 'Flow f.yaml: field "start": got "localhost"; expected an absolute address'],
  ["a width too narrow", "width: 100\nsteps:\n  - screenshot: a\n", 'field "width": got 100; expected at least 320'],
  ["no steps", "start: http://x.test/\n", 'field "steps": got nothing; expected a list of steps'],
  ["a misspelt top-level field", "stesp: []\nsteps:\n  - screenshot: a\n", 'unknown field "stesp"'],
  ["YAML that does not parse", "steps:\n  - visit: [\n", "Flow f.yaml, line"],
];

describe("a flow file with a mistake", () => {
  it.each(MISTAKES)("is refused, naming the step and field: %s", (_name, source, message) => {
    expect(() => parseFlow(source, "f.yaml")).toThrow(message);
  });
});
