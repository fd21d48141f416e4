// A count reads in the singular for one ("1 record"), and in the plural otherwise.
import { describe, expect, it } from "vitest";
import { plural } from "../../common/plural.ts";

const CASES: [number, string, string | undefined, string][] = [
  [0, "record", undefined, "0 records"],
  [1, "record", undefined, "1 record"],
  [2, "record", undefined, "2 records"],
  [1234, "row", undefined, "1,234 rows"],
  [1, "internal link", undefined, "1 internal link"],
  [3, "child", "children", "3 children"],
];

describe("plural", () => {
  it.each(CASES)("%d %s reads %s", (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected);
  });
});
