// "1 record", "2 records", "1,234 records": a count and its noun, in the singular for one.
const whole = new Intl.NumberFormat("en-GB");

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${whole.format(count)} ${count === 1 ? one : many}`;
}
