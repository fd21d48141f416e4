// The front matter a post may carry, validated with zod so a mistake stops the build with the file,
// the field, the value and what was expected. Fields follow DfE design histories.
import { z } from "zod";
import { UserInputError } from "../errors/user-error.ts";

const linkSchema = z.object({
  text: z.string({ error: "the link's text" }).min(1, "the link's text"),
  href: z.string({ error: "a URL or a path, e.g. https://www.gov.uk/... or /rules/" }).min(1, "a URL or a path"),
});

/** A calendar date: YAML gives a Date for `2021-09-10`; a quoted string must still be a real date. */
const realDate = z.union(
  [
  z.date().refine((d) => !Number.isNaN(d.getTime()), "a real date such as 2021-09-10"),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD, such as 2021-09-10")
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, "a real calendar date (this day does not exist)"),
  ],
  { error: "a date written YYYY-MM-DD, such as 2021-09-10" },
);

export const postFrontMatterSchema = z
  .object({
    title: z.string({ error: "a title (text)" }).trim().min(1, "a non-empty title"),
    description: z.string({ error: "a one-sentence description (text)" }).optional(),
    date: realDate,
    related: z
      .object(
        {
          title: z.string({ error: "a heading for the related links (text)" }).optional(),
          items: z.array(linkSchema, { error: "a list of links, each with text and href" }),
        },
        { error: "an object with items: a list of links, each with text and href" },
      )
      .optional(),
    tags: z.union([z.string(), z.array(z.string())], { error: "a tag or a list of tags (text)" }).optional(),
    screenshots: z.unknown().optional(),
  })
  .passthrough();

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;

export class FrontMatterError extends UserInputError {}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Validate a post's front matter; throw one error listing every problem, each naming the field. */
export function validatePostFrontMatter(inputPath: string, data: unknown): PostFrontMatter {
  const result = postFrontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "(front matter)";
    return `  - field "${field}": got ${describe(valueAt(data, issue.path))}; expected ${issue.message}`;
  });
  throw new FrontMatterError(`Invalid front matter in ${inputPath}:\n${problems.join("\n")}`);
}
