// Freezing global data matters for speed, not only safety: Eleventy merges global data into every
// template's data and deep-copies each plain object it merges, unless that object is frozen
// (@11ty/eleventy-utils Merge.js: "Shortcut for frozen source"). Unfrozen, the rules and catalogue
// views were copied once per page: a 1,000-post site made 1,000 copies of every eligibility table.

/** Freeze a data tree (objects and arrays, however deep) in place, and return it. */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return Object.freeze(value);
}
