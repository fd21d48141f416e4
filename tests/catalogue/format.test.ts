// How catalogue values read on the site.
import { describe, expect, it } from "vitest";
import { describeComponent, describeFigure, describeLength, describeStatus, formatPartialDate, type Component, type Length, type PartialDate } from "../../catalogue/index.ts";

describe("formatPartialDate gives a date as precisely as the source", () => {
  const cases: [PartialDate, string][] = [
    [{ year: 2024 }, "2024"],
    [{ year: 2021, term: "autumn" }, "autumn 2021"],
    [{ year: 2024, month: 9, day: 1 }, "1 September 2024"],
    [{ year: 2024, month: 9 }, "September 2024"],
  ];
  it.each(cases)("%j reads %s", (date, text) => expect(formatPartialDate(date)).toBe(text));
});

describe("describeLength", () => {
  const cases: [Length, string][] = [
    [{ kind: "months", months: 18 }, "18 months"],
    [{ kind: "months", months: 18, within: true }, "within 18 months"],
    [{ kind: "typically", months: 18 }, "typically 18 months"],
    [{ kind: "range", fromMonths: 12, toMonths: 22, dependsOnNpq: true }, "12 to 22 months, depending on the NPQ"],
    [{ kind: "usually-up-to", years: 1 }, "usually up to 1 year"],
  ];
  it.each(cases)("%j reads %s", (length, text) => expect(describeLength(length)).toBe(text));
});

describe("describeComponent", () => {
  const cases: [Component, string][] = [
    [{ kind: "conferences", count: 2, hoursEach: 6, faceToFace: true }, "Two face-to-face conferences of 6 hours"],
    [{ kind: "conferences", count: 1, hoursEach: 6, faceToFace: true }, "One face-to-face conference of 6 hours"],
    [
      { kind: "assessment", task: "case study", openBook: true, windowDays: 8, responseWords: 1500, afterMonths: 18 },
      "An open-book case study assessment, a 1,500-word response, within an 8-day window, after the 18 months of the programme",
    ],
    [{ kind: "communities", durationEach: { hours: 1, minutes: 15 } }, "Community sessions of 1 hour 15 minutes (the number varies by qualification)"],
    [
      { kind: "coaching", oneToOne: true, sessions: 3, hoursEach: 1, by: "experienced headteachers" },
      "3 one-to-one coaching sessions of 1 hour from experienced headteachers",
    ],
    [{ kind: "programme-buddies", buddies: [1, 2] }, "One or two programme buddies"],
  ];
  it.each(cases)("%j reads %s", (component, text) => expect(describeComponent(component)).toBe(text));
});

describe("describeFigure and describeStatus", () => {
  it("writes the NPQH description's fee as 'about £1,855 + VAT'", () => {
    expect(describeFigure({ measure: "fee", amount: 1855, unit: "GBP", approximately: true, plusVat: true })).toBe("Fee: about £1,855 + VAT");
    expect(describeFigure({ measure: "online learning", amount: 38, unit: "hours" })).toBe("38 hours of online learning");
    expect(describeFigure({ measure: "face-to-face events", amount: 5, unit: "events" })).toBe("5 face-to-face events");
  });
  it("names the qualification a status refers to", () => {
    const nameOf = (id: string) => (id === "npq-senco" ? "NPQ for SENCOs" : id);
    expect(describeStatus({ kind: "replaced-by", qualification: "npq-senco", from: { year: 2024 } }, nameOf)).toBe("Replaced by the NPQ for SENCOs from 2024");
    expect(describeStatus({ kind: "successor-in-place-since", qualification: "npq-senco", when: { year: 2024, month: 9, day: 1 } }, nameOf)).toBe(
      "Its successor, the NPQ for SENCOs, has been in place since 1 September 2024",
    );
  });
});
