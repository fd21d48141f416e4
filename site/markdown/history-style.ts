// The ways DfE design histories have been built, as far as a post's output depends on them: how a
// heading's id and a screenshot's id are made from its text, and which Markdown extensions exist.
// A post imported from such a history keeps its old anchors, so deep links into it still work.
// A folder of posts names its style in its directory data (`historyStyle`, written by `npm run
// import`); posts written for this site use the default, which is the current GOV.UK design
// history template's.
import slugifyNpm from "slugify";
import slugifyEleventy2 from "slugify-eleventy-2";
import slugifyEleventy3 from "slugify-eleventy-3";

export interface HistoryStyle {
  readonly name: HistoryStyleName;
  /** Who builds this way, for people choosing a style. */
  readonly description: string;
  /** A Markdown heading's id, before duplicates on the page get -1, -2... */
  headingId(text: string): string;
  /** An appScreenshots gallery's or item's id from its text (the `slugify` filter of that Eleventy). */
  screenshotId(text: string): string;
  /** `{.class #id}` attributes (markdown-it-attrs), GitHub-style alerts (`> [!NOTE]`) and `-- ` attributions. */
  readonly attributesAndAlerts: boolean;
  /** Bare URLs become links (markdown-it `linkify`, without fuzzy links such as "example.com"). */
  readonly linkify: boolean;
}

export const HISTORY_STYLE_NAMES = ["govuk-design-history", "govuk-eleventy-plugin-6", "dfe-own-layouts"] as const;
export type HistoryStyleName = (typeof HISTORY_STYLE_NAMES)[number];

export const DEFAULT_HISTORY_STYLE: HistoryStyleName = "govuk-design-history";

/** markdown-it-anchor's default slugify: "1. Funding status" -> "1.-funding-status". */
function anchorDefaultId(text: string): string {
  return encodeURIComponent(String(text).trim().toLowerCase().replace(/\s+/g, "-"));
}

/**
 * The same id for the same text, worked out once. @sindresorhus/slugify builds and escapes its
 * replacement patterns on every call: in a warm build of the 1,000-post bench corpus its calls took
 * 3.2 s of 8 s (CPU profile: escapeStringRegexp and transliterate's doCustomReplacements), for
 * headings and captions that repeat across posts, pages and rebuilds. Pure, so remembering is safe.
 */
function remembered(slug: (text: string) => string): (text: string) => string {
  const ids = new Map<string, string>();
  return (text) => {
    let id = ids.get(text);
    if (id === undefined) {
      if (ids.size >= 100_000) ids.clear();
      ids.set(text, (id = slug(text)));
    }
    return id;
  };
}

export const HISTORY_STYLES: Readonly<Record<HistoryStyleName, HistoryStyle>> = {
  // x-govuk/govuk-design-history-template: Eleventy 3 and @x-govuk/govuk-eleventy-plugin 7 or later.
  // The plugin's markdown-it-anchor slugify is @sindresorhus/slugify with some punctuation dropped
  // (src/markdown-it.js); its screenshots macro uses Eleventy 3's slugify filter (slugify 2).
  "govuk-design-history": {
    name: "govuk-design-history",
    description: "the GOV.UK design history template (Eleventy 3, @x-govuk/govuk-eleventy-plugin 7 or later), and posts written for this site",
    headingId: remembered((text) => slugifyEleventy3(text).replaceAll(/[*+~.()'"!:@]/g, "")),
    screenshotId: remembered((text) => slugifyEleventy3(text, { decamelize: false })),
    attributesAndAlerts: true,
    linkify: false,
  },
  // teacher-cpd-design-history: Eleventy 2 and @x-govuk/govuk-eleventy-plugin 6 or earlier.
  // markdown-it-anchor's own slugify ("1. Funding status" -> "1.-funding-status") and Eleventy 2's
  // slugify filter in its screenshots macro (slugify 1, which splits "don’t" into "don-t").
  "govuk-eleventy-plugin-6": {
    name: "govuk-eleventy-plugin-6",
    description: "DfE design histories on Eleventy 2 with @x-govuk/govuk-eleventy-plugin 6 or earlier (teacher-cpd-design-history)",
    headingId: anchorDefaultId,
    screenshotId: remembered((text) => slugifyEleventy2(text, { decamelize: false })),
    attributesAndAlerts: false,
    linkify: false,
  },
  // bat-design-history: Eleventy 2 with its own layouts and markdown-it (lib/libraries/markdown.js:
  // linkify on, markdown-it-anchor's own slugify), and a `slug` filter (the slugify package, some
  // punctuation removed) for screenshot ids.
  "dfe-own-layouts": {
    name: "dfe-own-layouts",
    description: "DfE design histories on Eleventy 2 with their own layouts and no GOV.UK Eleventy plugin (bat-design-history)",
    headingId: anchorDefaultId,
    screenshotId: remembered((text) => slugifyNpm(text, { replacement: "-", remove: /[*+~.,()'"!?:@#–]/g, lower: true })),
    attributesAndAlerts: false,
    linkify: true,
  },
};

export function isHistoryStyleName(value: unknown): value is HistoryStyleName {
  return typeof value === "string" && (HISTORY_STYLE_NAMES as readonly string[]).includes(value);
}

/** The style of a page from its data: its folder's `historyStyle`, or the default. */
export function historyStyleOf(data: { historyStyle?: unknown } | undefined): HistoryStyle {
  const name = data?.historyStyle;
  if (name === undefined || name === null) return HISTORY_STYLES[DEFAULT_HISTORY_STYLE];
  if (!isHistoryStyleName(name)) {
    throw new Error(`historyStyle "${String(name)}" is not a design history style; expected one of ${HISTORY_STYLE_NAMES.join(", ")}`);
  }
  return HISTORY_STYLES[name];
}
