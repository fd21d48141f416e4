// `screenshots | asList`: front matter that may be one thing or a list of them (a gallery), as a list.
export function asList(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}
