// A value as an error message quotes it: JSON, cut at a length, and as quick for a huge or exponential
// value (a YAML "billion laughs") as for a small one.
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { describeValue } from "../../common/describe-value.ts";

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;

const CASES: [string, unknown, string][] = [
  ["a number", 42, "42"],
  ["text", "2021-02-30", '"2021-02-30"'],
  ["a list", ["a", "b"], '["a","b"]'],
  ["an object", { name: 1, url: undefined }, '{"name":1}'],
  ["null", null, "null"],
  ["nothing", undefined, "undefined"],
  ["a date", new Date("2024-01-15T00:00:00Z"), '"2024-01-15T00:00:00.000Z"'],
  ["a value that contains itself", cyclic, '{"a":1,"self":"(itself)"}'],
  ["a shared value that is no cycle", (() => { const x = [1]; return [x, x]; })(), "[[1],[1]]"],
];

describe("describeValue", () => {
  it.each(CASES)("writes %s as JSON", (_name, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("is JSON.stringify for values short enough", () => {
    const value = { title: ["a", { b: [1, 2, null, true] }], "key with space": "x\ny\"z" };
    expect(describeValue(value)).toBe(JSON.stringify(value));
  });

  it("cuts what is longer than the length, ending with ...", () => {
    const text = describeValue({ items: Array.from({ length: 100 }, (_, i) => `item ${i}`) }, 40);
    expect(text).toHaveLength(40);
    expect(text).toBe(`${JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => `item ${i}`) }).slice(0, 37)}...`);
    expect(describeValue("x".repeat(10_000_000), 20)).toBe(`"${"x".repeat(16)}...`);
  });

  it("describes ten levels of ten YAML aliases (10^10 strings, as JSON) without reading them all", () => {
    const lines = ["l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]"];
    for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(", ")}]`);
    const laughs = (load(lines.join("\n")) as Record<string, unknown>).l9;
    // Its JSON starts with the first of its ten-by-ten lists, inside the eight lists that hold it.
    const start = `${"[".repeat(8)}${JSON.stringify(Array(10).fill(Array(10).fill("ha")))}`;
    expect(describeValue(laughs)).toBe(`${start.slice(0, 117)}...`);
  });
});
