// CSV rows become the same records as JSON Lines: dotted columns nest, lists split on ";",
// booleans are true/false, and an empty cell means the field is absent.
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRowFromRecord, recordFromCsvRow } from "../../../tools/audit/csv-application.ts";

const cases: { name: string; row: Record<string, string>; record: Record<string, unknown> }[] = [
  {
    name: "nested fields are dotted",
    row: { course: "npq-headship", "cohort.id": "2026b", "cohort.funding": "full", "institution.kind": "school", "institution.establishmentTypeCode": "15" },
    record: { course: "npq-headship", cohort: { id: "2026b", funding: "full" }, institution: { kind: "school", establishmentTypeCode: "15" } },
  },
  {
    name: "lists are ;-separated, spaces around names ignored",
    row: { "institution.kind": "school", "institution.lists": "pp50-schools; rise" },
    record: { institution: { kind: "school", lists: ["pp50-schools", "rise"] } },
  },
  {
    name: "booleans are true and false",
    row: { worksInEngland: "true", previouslyFunded: "false", newHeadteacher: "true" },
    record: { worksInEngland: true, previouslyFunded: false, newHeadteacher: true },
  },
  {
    name: "anything else in a boolean column is passed on as text, for the rules to reject by name",
    row: { worksInEngland: "yes" },
    record: { worksInEngland: "yes" },
  },
  {
    name: "an empty cell is absent, so empty institution cells mean no institution",
    row: { id: "a", workSetting: "", "institution.kind": "", "institution.lists": "", approvedIttProvider: "" },
    record: { id: "a" },
  },
  {
    name: "a establishment type code stays text (GIAS codes are strings)",
    row: { "institution.kind": "school", "institution.establishmentTypeCode": "1" },
    record: { institution: { kind: "school", establishmentTypeCode: "1" } },
  },
];

describe("recordFromCsvRow", () => {
  for (const c of cases) it(c.name, () => expect(recordFromCsvRow(c.row)).toEqual(c.record));
});

describe("csvRowFromRecord", () => {
  it("writes the columns that recordFromCsvRow reads back to the same record", () => {
    const record = {
      id: "x",
      decidedOn: "2025-09-15",
      recordedStatus: "funded",
      course: "npq-leading-literacy",
      cohort: { id: "2025b", funding: "capped" },
      worksInEngland: true,
      previouslyFunded: false,
      workSetting: "a_16_to_19_educational_setting",
      institution: { kind: "school", ukprn: "10000001", establishmentTypeCode: "18", lists: ["pp50-further-education", "rise"] },
    };
    const cells = csvRowFromRecord(record);
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(recordFromCsvRow(Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]!])))).toEqual(record);
  });
});
