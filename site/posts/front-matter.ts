// The front matter a post may carry, validated with zod so a mistake names the file, the field, the
// value and what was expected. The keys are those DfE design histories use (the GOV.UK design
// history template, teacher-cpd-design-history, bat-design-history) that this site supports; any
// other key is a mistake, named with the nearest known key ("did you mean `description`?").
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { describeValue } from "../../common/describe-value.ts";
import { UserInputError } from "../../common/user-error.ts";

/** A calendar date as YAML gives it (a Date for `2021-09-10`), or a string that is a real date or time. */
const realDate = z.union(
  [
    z.date().refine((d) => !Number.isNaN(d.getTime()), "a real date such as 2021-09-10"),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "a date written YYYY-MM-DD, such as 2021-09-10 (a time may follow: 2021-09-10T09:30)")
      .refine((s) => {
        const day = s.slice(0, 10);
        const d = new Date(`${day}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
      }, "a real calendar date (this day does not exist)"),
  ],
  { error: "a date written YYYY-MM-DD, such as 2021-09-10" },
);

const text = (what: string) => z.string({ error: what });
const optionalText = (what: string) => text(what).nullish();

const linkSchema = z.strictObject({
  text: text("the link's text").min(1, "the link's text"),
  href: text("a URL or a path, e.g. https://www.gov.uk/... or /rules/").min(1, "a URL or a path"),
  description: optionalText("a line of text under the link"),
});

const linkList = z.array(linkSchema, { error: "a list of links, each with text and href" }).nullish();

const person = z.union([text("a name"), z.strictObject({ name: text("the author's name"), url: optionalText("the author's web page") })], {
  error: 'a name, or { name, url }',
});

const imageSchema = z.strictObject(
  {
    src: text("the image's file, e.g. 01-overview.png or /service/post/overview.png"),
    alt: optionalText("the image's alternative text"),
    caption: optionalText("a caption (Markdown)"),
    opengraphImage: z.boolean({ error: "true or false" }).optional(),
  },
  { error: "an object with src, alt and caption" },
);

/** Layout names DfE histories give posts; every one is this site's post layout. */
export const POST_LAYOUTS = ["post", "page", "layouts/post.njk"] as const;

export const postFrontMatterSchema = z.strictObject({
  title: text("a title (text)").trim().min(1, "a non-empty title"),
  description: optionalText("a one-sentence description (text)"),
  date: realDate.optional(),
  modified: realDate.nullish(),
  related: z
    .strictObject(
      {
        title: optionalText("a heading for the related links (text)"),
        items: linkList,
        subsections: z.array(z.strictObject({ title: optionalText("a subsection heading"), items: linkList }), { error: "a list of { title, items }" }).nullish(),
      },
      { error: "an object with items: a list of links, each with text and href" },
    )
    .nullish(),
  tags: z.union([z.string(), z.array(z.string({ error: "a tag (text)" })), z.null(), z.literal(false)], { error: "a tag or a list of tags (text)" }).optional(),
  screenshots: z.unknown().optional(),
  image: imageSchema.nullish(),
  opengraphImage: z.union([z.strictObject({ src: text("the image's file"), alt: optionalText("its alternative text") }), z.boolean()], { error: "{ src, alt }" }).nullish(),
  author: z.union([person, z.array(person)], { error: "a name, { name, url }, or a list of them" }).nullish(),
  authors: z.array(person, { error: "a list of names or { name, url }" }).nullish(),
  aside: z.strictObject({ title: optionalText("a heading"), content: text("the aside's text (Markdown)") }, { error: "{ title, content }" }).nullish(),
  caption: optionalText("a caption above the title (text)"),
  status: optionalText("a status shown beside the title (text)"),
  layout: z.enum(POST_LAYOUTS, { error: `one of ${POST_LAYOUTS.join(", ")} (every one is this site's post layout)` }).optional(),
  // A page's address: one ending in a file name would be published as that file, over the site's own
  // (/assets/site.js, /feed.xml) with no error from Eleventy, which checks only pages against pages.
  permalink: z
    .union([z.literal(false), text("an address such as /apply/my-post/").regex(/^\/([^?#]*\/|[^?#]*\.html)$/, "a page's address: starting and ending with /, e.g. /apply/my-post/ (or ending in .html)")], {
      error: "an address such as /service/post-name/, or false",
    })
    .optional(),
  showDate: z.boolean({ error: "true or false" }).optional(),
  // Accepted for the navigation and templating of the histories they come from: this site orders
  // posts by date and lists them by folder, and renders every post's Nunjucks then its Markdown, so
  // these change nothing here (eleventyComputed and templateEngineOverride are not given to Eleventy:
  // post-front-matter.ts says why).
  eleventyNavigation: z.record(z.string(), z.unknown(), { error: "an object" }).nullish(),
  eleventyComputed: z.record(z.string(), z.unknown(), { error: "an object" }).nullish(),
  eleventyExcludeFromCollections: z.boolean({ error: "true or false" }).optional(),
  templateEngineOverride: z
    .string({ error: "a template engine such as md or njk,md" })
    .regex(/^\s*(md|njk|html|liquid|11ty\.js)\s*(,\s*(md|njk|html|liquid|11ty\.js)\s*)*$/, "a template engine such as md or njk,md")
    .optional(),
  showPagination: z.boolean({ error: "true or false" }).optional(),
  order: z.number({ error: "a number" }).optional(),
  theme: optionalText("a theme (text)"),
  includeInBreadcrumbs: z.boolean({ error: "true or false" }).optional(),
  sectionKey: optionalText("a section key (text)"),
});

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;

/** Every key the schema knows, at every depth ("related.items.href"), for suggestions. */
function knownKeys(schema: z.ZodType, prefix = ""): string[] {
  const def = (schema as any)._zod?.def;
  if (!def) return [];
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [`${prefix}${key}`, ...knownKeys(value, `${prefix}${key}.`)]);
    case "optional":
    case "nullable":
    case "default":
    case "pipe":
      return knownKeys(def.innerType ?? def.in, prefix);
    case "array":
      return knownKeys(def.element, prefix);
    case "union":
      return (def.options as z.ZodType[]).flatMap((option) => knownKeys(option, prefix));
    default:
      return [];
  }
}

const KNOWN_KEYS = [...new Set(knownKeys(postFrontMatterSchema))];

/** "did you mean `description`?" for a key that is near enough a known one, else "". */
export function nearestKey(key: string, path: readonly PropertyKey[] = []): string {
  const parent = path.filter((p) => typeof p === "string").join(".");
  const siblings = KNOWN_KEYS.filter((k) => (parent ? k.startsWith(`${parent}.`) && !k.slice(parent.length + 1).includes(".") : !k.includes(".")));
  const candidates = siblings.length ? siblings : KNOWN_KEYS;
  const full = parent ? `${parent}.${key}` : key;
  const best = closest(full, candidates);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return best && distance(full, best) <= limit ? ` (did you mean \`${best}\`?)` : "";
}

export interface FrontMatterProblem {
  /** The field, e.g. "related.items.0.href", or "(front matter)". */
  field: string;
  message: string;
  /** A key no history uses: a mistake, or a key this site does not support. */
  unknownKey?: boolean;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  return describeValue(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Every problem with a post's front matter (an empty list when it is valid). */
export function frontMatterProblems(data: unknown): FrontMatterProblem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ field: "(front matter)", message: `got ${describe(data)}; expected keys and values, starting with title and date` }];
  }
  const result = postFrontMatterSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): FrontMatterProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const field = [...issue.path, key].join(".");
        return { field, unknownKey: true, message: `unknown key "${key}"${nearestKey(key, issue.path)}; this site reads ${issue.path.length ? "the keys listed in docs/writing-posts.md" : "title, description, date, tags, related, screenshots, image, author and the other keys listed in docs/writing-posts.md"}` };
      });
    }
    const field = issue.path.length ? issue.path.join(".") : "(front matter)";
    return [{ field, message: `got ${describe(valueAt(data, issue.path))}; expected ${issue.message}` }];
  });
}

export class FrontMatterError extends UserInputError {}

/** Validate a post's front matter; throw one error listing every problem (for tools that write posts). */
export function validatePostFrontMatter(inputPath: string, data: unknown): PostFrontMatter {
  const problems = frontMatterProblems(data);
  if (problems.length) {
    throw new FrontMatterError(`Invalid front matter in ${inputPath}:\n${problems.map((p) => `  - field "${p.field}": ${p.message}`).join("\n")}`);
  }
  return data as PostFrontMatter;
}
