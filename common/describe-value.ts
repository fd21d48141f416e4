// A value as an error message quotes it ("got [1,2]; expected a title"): JSON, cut at a length. It
// stops reading the value once it has that much, so a value that is huge, or that YAML aliases make
// exponential (nine levels of nine aliases, a "billion laughs", is 387 million strings, a few lines
// of front matter), is described as quickly as a small one: JSON.stringify would first write all of it.

/** The value as JSON (undefined, functions and cycles named in words), at most `max` characters ("..." ends a cut one). */
export function describeValue(value: unknown, max = 120): string {
  if (value === undefined) return "undefined";
  let out = "";
  const full = () => out.length > max;
  const seen = new Set<object>();
  const write = (v: unknown): void => {
    if (full()) return;
    if (v === null || typeof v === "number" || typeof v === "boolean") {
      out += Number.isNaN(v) || v === Infinity || v === -Infinity ? "null" : String(v);
    } else if (typeof v === "string") {
      // Only the part that can be shown is quoted: a string of megabytes is not copied.
      out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
    } else if (typeof v === "bigint") {
      out += `${v}n`;
    } else if (v instanceof Date) {
      out += Number.isNaN(v.getTime()) ? "an invalid date" : JSON.stringify(v.toISOString());
    } else if (typeof v === "object") {
      if (seen.has(v)) {
        out += '"(itself)"';
        return;
      }
      seen.add(v);
      if (Array.isArray(v)) {
        out += "[";
        for (let i = 0; i < v.length && !full(); i++) {
          if (i) out += ",";
          write(v[i] === undefined ? null : v[i]);
        }
        out += "]";
      } else {
        out += "{";
        let first = true;
        for (const key in v) {
          if (full()) break;
          if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
          const child = (v as Record<string, unknown>)[key];
          if (child === undefined || typeof child === "function") continue;
          out += `${first ? "" : ","}${JSON.stringify(key.length > max ? key.slice(0, max + 1) : key)}:`;
          first = false;
          write(child);
        }
        out += "}";
      }
      seen.delete(v);
    } else {
      out += String(v); // a function or a symbol
    }
  };
  write(value);
  return out.length > max ? `${out.slice(0, max - 3)}...` : out;
}
