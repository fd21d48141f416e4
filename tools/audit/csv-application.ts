// A recorded decision as a CSV row, and back. Columns carry the JSON field names; nested fields are
// dotted (cohort.funding, institution.kind), lists are ";"-separated, booleans are true/false, and an
// empty cell means the field is absent. Pure: no checks of the vocabulary here. Values go to the rules
// module's parseApplication as they are, so a CSV and a JSON record are rejected with the same words.
import { APPLICATION_FLAGS } from "../../rules/index.ts";

/** Columns read as lists. */
export const CSV_LIST_COLUMNS: ReadonlySet<string> = new Set(["institution.lists"]);
/** Columns read as true/false: the application's yes/no facts (rules/application.ts). */
export const CSV_BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(APPLICATION_FLAGS);

/** The columns written by csvRowFromRecord, in order; a reader accepts any order and extra columns. */
export const CSV_COLUMNS = [
  "id",
  "decidedOn",
  "recordedStatus",
  "ruleSet",
  "course",
  "cohort.id",
  "cohort.funding",
  "worksInEngland",
  "previouslyFunded",
  "workSetting",
  "kindOfNursery",
  "employmentType",
  "institution.kind",
  "institution.urn",
  "institution.ukprn",
  "institution.establishmentTypeCode",
  "institution.lists",
  "approvedIttProvider",
  "referredByReturnToTeachingAdviser",
  "newHeadteacher",
] as const;

function cellValue(column: string, cell: string): unknown {
  if (CSV_LIST_COLUMNS.has(column)) return cell.split(";").map((s) => s.trim()).filter((s) => s !== "");
  if (CSV_BOOLEAN_COLUMNS.has(column)) {
    // Anything but true/false is passed on as text, for parseApplication to name in its error.
    if (cell === "true") return true;
    if (cell === "false") return false;
  }
  return cell;
}

/**
 * The record a CSV row stands for: { "cohort.funding": "full" } becomes { cohort: { funding: "full" } }.
 * Empty cells are left out (absent), so a row with every institution.* cell empty has no institution.
 */
export function recordFromCsvRow(row: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column in row) {
    const cell = row[column];
    if (cell === undefined || cell === "") continue;
    const path = column.split(".");
    let target = record;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const next = target[key];
      if (next === null || typeof next !== "object" || Array.isArray(next)) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = cellValue(column, cell);
  }
  return record;
}

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

/** The CSV cells of a record (the inverse of recordFromCsvRow for the columns in CSV_COLUMNS). */
export function csvRowFromRecord(record: Readonly<Record<string, unknown>>): string[] {
  return CSV_COLUMNS.map((column) => {
    let value: unknown = record;
    for (const key of column.split(".")) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return cellOf(value);
  });
}
