// `date | isoDate`: "2021-09-10", for <time datetime> and feeds.
export function isoDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`isoDate: expected a date, got ${JSON.stringify(value)}`);
  return date.toISOString().slice(0, 10);
}
