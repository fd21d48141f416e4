// Filters the templates use to format what the build computed. One plugin, one concern.
import type { Markdown } from "../markdown/markdown-type.ts";

// Spelled out rather than Intl.DateTimeFormat("en-GB"), whose format() cost 90 microseconds a call:
// 0.18 s of a 1,000-post build, where every post's date is printed on its page and on the home page.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "10 September 2021", as GOV.UK writes dates. Dates from front matter are UTC midnight. */
export function govukDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`govukDate: expected a date, got ${JSON.stringify(value)}`);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function isoDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`isoDate: expected a date, got ${JSON.stringify(value)}`);
  return date.toISOString().slice(0, 10);
}

export default function filtersPlugin(eleventyConfig: any, { markdown }: { markdown: Markdown }) {
  eleventyConfig.addFilter("govukDate", govukDate);
  eleventyConfig.addFilter("isoDate", isoDate);
  eleventyConfig.addFilter("markdown", (text: string) => markdown.render(String(text ?? "")));
  eleventyConfig.addFilter("markdownInline", (text: string) => markdown.renderInline(String(text ?? "")));
  /** The first `count` items of a list that is newest first (collections.posts): `posts | newest(50)`. */
  eleventyConfig.addFilter("newest", (items: unknown[], count: number) => {
    if (!Number.isInteger(count) || count < 1) throw new Error(`newest: expected a whole number of items, got ${JSON.stringify(count)}`);
    return items.slice(0, count);
  });
  /** Front matter `screenshots:` may be one gallery or a list of them. */
  eleventyConfig.addFilter("asList", (value: unknown) => (value == null ? [] : Array.isArray(value) ? value : [value]));
}
