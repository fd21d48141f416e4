// How screenshot file names become the headings readers see, and the order they are listed in.
import { describe, expect, it } from "vitest";
import { appScreenshotsCall, screenshotItemsFor, textFromFileName } from "../../../tools/new-post/screenshot-items.ts";

const TEXT_FROM_NAME: Record<string, string> = {
  "01-start-page.png": "Start page",
  "02-branch-on-npq-choose-your-course.png": "Branch on npq choose your course",
  "10_check_your_answers.jpg": "Check your answers",
  "confirmation.png": "Confirmation",
  "3 - email sent.webp": "Email sent",
  "07.png": "07",
};

describe("a screenshot's text from its file name", () => {
  for (const [name, text] of Object.entries(TEXT_FROM_NAME)) {
    it(`"${name}" becomes "${text}"`, () => expect(textFromFileName(name)).toBe(text));
  }
});

describe("a list of screenshots", () => {
  it("is in file-name order, numbers compared as numbers", () => {
    expect(screenshotItemsFor(["10-done.png", "2-details.png", "01-start.png"]).map((i) => i.src)).toEqual(["01-start.png", "2-details.png", "10-done.png"]);
  });

  it("becomes an appScreenshots call with one item per line", () => {
    expect(appScreenshotsCall(screenshotItemsFor(["01-start-page.png", "02-it's-done.png"]))).toBe(
      [
        "{{ appScreenshots({",
        "  items: [",
        '    { text: "Start page", src: "01-start-page.png" },',
        `    { text: "It's done", src: "02-it's-done.png" }`,
        "  ]",
        "}) }}",
      ].join("\n"),
    );
  });
});
