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

  it("reads a screenshot of the whole page, of one element, or of the window", () => {
    const flow = parseFlow(
      ["steps:", "  - visit: http://x.test/", "  - screenshot: whole", "  - screenshot: { name: one-step, element: '#step-2' }", "  - screenshot: { name: first-screen, window: true }", "  - screenshot: { name: also-whole }"].join("\n"),
      "shots.yaml",
    );
    expect(flow.steps.filter((s) => s.action === "screenshot").map((s) => s.value)).toEqual([
      { name: "whole" },
      { name: "one-step", element: "#step-2" },
      { name: "first-screen", window: true },
      { name: "also-whole" },
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
  ["a shot name used twice, once in the object form", "steps:\n  - visit: /\n  - screenshot: home\n  - screenshot: { name: home, window: true }\n", 'step 3: field "screenshot": "home" is already the name of step 2'],
  ["a shot of both an element and the window", "steps:\n  - visit: /\n  - screenshot: { name: a, element: main, window: true }\n", 'step 2: field "screenshot": got {"name":"a","element":"main","window":true}; expected either element or window'],
  ["a shot object without a name", "steps:\n  - visit: /\n  - screenshot: { element: main }\n", 'step 2: field "screenshot.name": got nothing; expected the shot\'s name'],
  ["a bad name in the object form", "steps:\n  - visit: /\n  - screenshot: { name: Top Step, element: main }\n", 'step 2: field "screenshot.name": got "Top Step"; expected a name of lower-case letters'],
  ["a window that is not true", "steps:\n  - visit: /\n  - screenshot: { name: a, window: yes }\n", 'step 2: field "screenshot.window": got "yes"; expected true: only what the window shows'],
  ["an empty element selector", "steps:\n  - visit: /\n  - screenshot: { name: a, element: '' }\n", 'step 2: field "screenshot.element": got ""; expected a CSS selector'],
  ["a misspelt field in a shot", "steps:\n  - visit: /\n  - screenshot: { name: a, elemnt: main }\n", 'step 2: unknown field "screenshot.elemnt"'],
  ["a shot that is a number", "steps:\n  - visit: /\n  - screenshot: 5\n", 'step 2: field "screenshot": got 5; expected a shot\'s name, or { name: ..., element: "css selector" }'],
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
