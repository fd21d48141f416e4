// `posts | newest(50)`: the first `count` items of a list that is newest first (collections.all | posts).
export function newest(items: unknown[], count: number): unknown[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`newest: expected a whole number of items, got ${JSON.stringify(count)}`);
  return items.slice(0, count);
}
