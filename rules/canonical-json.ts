// Canonical JSON: object keys sorted, no whitespace, undefined and functions left out. Two values that
// differ only in key order serialise the same, in Node and in every browser, so hashes agree.

export function canonicalJson(value: unknown): string {
  return serialise(value) ?? "null";
}

function serialise(value: unknown): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`Cannot serialise ${value} canonically`);
      return JSON.stringify(value);
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "bigint":
      throw new TypeError("Cannot serialise a bigint canonically");
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => serialise(v) ?? "null").join(",")}]`;
  }
  if (value instanceof Set) return serialise([...value]);
  const entries: string[] = [];
  for (const key of Object.keys(value as object).sort()) {
    const v = serialise((value as Record<string, unknown>)[key]);
    if (v !== undefined) entries.push(`${JSON.stringify(key)}:${v}`);
  }
  return `{${entries.join(",")}}`;
}
