// Reads the scenario tables (CSV and YAML a policy reader can review) into decideLine inputs.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { load } from "js-yaml";
import { COURSES } from "../../rules/index.ts";

const dir = new URL("./scenarios/", import.meta.url);

export interface FundingScenario {
  readonly name: string;
  readonly options: { ruleSetId?: string; asOf?: string; today: string };
  readonly raw: Record<string, unknown>;
  readonly expected: { status: string } | { error: string };
}

const yesNo = (value: string, column: string, name: string): boolean | undefined => {
  if (value === "") return undefined;
  if (value === "yes") return true;
  if (value === "no") return false;
  throw new Error(`funding.csv, "${name}": column ${column} is "${value}"; expected yes, no or blank`);
};

const orNull = (value: string) => (value === "" ? null : value);

export function fundingScenarios(): FundingScenario[] {
  const rows = parse(readFileSync(new URL("funding.csv", dir), "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => {
    const name = r.name!;
    const course = COURSES.find((c) => c.code === r.course);
    if (!course) throw new Error(`funding.csv, "${name}": course "${r.course}" is not a course code`);
    const [cohortId, funding] = r.cohort!.split(" ");
    const raw: Record<string, unknown> = {
      id: name,
      course: course.id,
      cohort: { id: cohortId, funding },
      workSetting: orNull(r.workSetting!),
      kindOfNursery: orNull(r.kindOfNursery!),
      employmentType: orNull(r.employmentType!),
      institution:
        r.institution === ""
          ? null
          : {
              kind: r.institution,
              urn: "100000",
              establishmentTypeCode: orNull(r.establishmentType!),
              lists: r.lists === "" ? [] : r.lists!.split(" "),
            },
    };
    for (const flag of ["worksInEngland", "previouslyFunded", "approvedIttProvider", "referredByReturnToTeachingAdviser", "newHeadteacher"]) {
      const v = yesNo(r[flag]!, flag, name);
      if (v !== undefined) raw[flag] = v;
    }
    if (r.asOf) raw.asOf = r.asOf;
    const options = { today: "2099-01-01", ...(r.ruleSet ? { ruleSetId: r.ruleSet } : {}) };
    const expected = r.expected!.startsWith("error:") ? { error: r.expected!.slice(6) } : { status: r.expected! };
    return { name, options, raw, expected };
  });
}

export interface ErrorScenario {
  readonly name: string;
  readonly input: string;
  readonly options?: { ruleSetId?: string; asOf?: string };
  readonly expected: string;
  readonly messageIncludes: string;
}

export function errorScenarios(): ErrorScenario[] {
  return load(readFileSync(new URL("errors.yaml", dir), "utf8")) as ErrorScenario[];
}

export interface PrecedenceScenario {
  readonly name: string;
  readonly options: { today: string; asOf?: string; ruleSetId?: string };
  readonly line: Record<string, unknown>;
  readonly expected: string;
}

export function precedenceScenarios(): PrecedenceScenario[] {
  return load(readFileSync(new URL("precedence.yaml", dir), "utf8")) as PrecedenceScenario[];
}
