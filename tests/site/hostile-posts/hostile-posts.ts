// Hostile posts, generated (issue 20, item 2): fast-check makes valid posts and mutates them as people
// and pasted text do: front matter of the wrong types, huge, unknown, nested, impossible dates,
// duplicate keys, tabs, a BOM, CRLF; appScreenshots calls with missing, wrong, unknown and hostile
// parameters and thousands of items; Markdown with unclosed tags, scripts and broken Nunjucks.
//
// Each post says what the build must do with it: `expected` lists the problems the build must name
// (where: a field, a line or an item), or is empty when the post must build; `plants` are scripts
// that must never run in the built page; `title` is what its heading must read (as text, escaped).
import fc from "fast-check";

/** Where a problem is, as the build's report names it ("field \"title\"", "line 12", "appScreenshots item 3"). */
export type Where =
  | { text: string; at?: string } // the report's `where` starts with this (after "line N, ", N the first line containing `at`)
  | { lineOf: string } // "line N": the first line of the post that contains this text
  | { lineIn: [string, string | null] }; // "line N": from the first line containing the one text to the next containing the other (null: the end)

export interface Expectation {
  /**
   * What stops what: 0 the YAML cannot be read (nothing else is checked), 1 the front matter is wrong
   * (the post is left out: nothing renders), 2 the post's Nunjucks fails (the build names one error
   * a post), 3 a gallery, image or link of a rendered post.
   */
  level: 0 | 1 | 2 | 3;
  where: Where;
  /** The gallery problem hides its items' problems (the gallery is not made). */
  galleryWide?: boolean;
  /** An item of the body's gallery: hidden by a gallery-wide problem. */
  galleryItem?: boolean;
  /** HTML that would swallow the page: the post is shown as a notice, so its body's links are not checked. */
  swallows?: boolean;
  /** A link written in the body: hidden by `swallows`. */
  bodyLink?: boolean;
  /** This many problems at `where` (thousands of items, each named). */
  count?: number;
  /** The mutation that made it, for messages. */
  by: string;
}

export interface HostilePost {
  file: string;
  /** The address it is published at, when it builds. */
  url: string;
  text: string;
  mutations: string[];
  expected: Expectation[];
  /** Ids of scripts planted in the post: none may run. */
  plants: string[];
  /** The title as its heading must read, when it builds. */
  title: string;
}

/** What a planted script calls: the test's browser records every call. */
export const MARKER = "__hostile";

/** Screenshots the fixture project has (the seed post's), so galleries need no new thumbnails. */
export const SEED_SCREENSHOTS = [
  "01-start-page.png",
  "02-branch-on-npq-choose-your-course.png",
  "03-are-you-a-headteacher.png",
  "04-are-you-in-your-first-two-years-of-a-headship.png",
  "06-check-your-answers.png",
].map((name) => `/additional-support-offer/${name}`);

// ---------------------------------------------------------------------------------------------------
// A post being put together: front matter lines, body blocks, one gallery, and what is expected.

interface Gallery {
  /** The parameters as Nunjucks source, or a value to write as a Nunjucks literal. */
  params: unknown;
  /** Replaces the whole call (a syntax error). */
  rawCall?: string;
}

interface Draft {
  id: string; // unique in a run: h3x17
  slug: string;
  date: string;
  fileName: string;
  fm: { key: string; value: string }[]; // value: YAML text after "key:" (may span lines)
  body: string[];
  /** The body's last blocks, after everything else: what would swallow the rest of the page hides none of the post. */
  tail: string[];
  gallery?: Gallery;
  /** Where in `body` the gallery goes. */
  galleryAt: number;
  /** Text changes to the whole file, in order. */
  wholeFile: ((text: string) => string)[];
  expected: Expectation[];
  plants: string[];
  mutations: string[];
  title: string;
  /** The post's address when it differs from /<slug>/ (a permalink). */
  url?: string;
  plantCount: number;
  /** Keys (and "(gallery)") a mutation has changed: a second mutation of the same one is not applied. */
  claimed: Set<string>;
}

/** Thrown by a mutation that would undo an earlier one's (two changes to one key): it is skipped. */
class Conflict extends Error {}

type Mutation = { name: string; apply: (d: Draft) => void };

const plain = /^[A-Za-z][A-Za-z0-9 ,()'-]*[A-Za-z0-9)]$/;
/** A YAML scalar or flow value (JSON is YAML), written plainly when it can be. */
function yaml(value: unknown): string {
  if (typeof value === "string" && plain.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value)) return value;
  return JSON.stringify(value) ?? "null";
}

const isIdentifier = (key: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
const njkString = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r")}"`;
/** A value as a Nunjucks literal (`none` for null; keys quoted when they must be). */
function njk(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "string") return njkString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(njk).join(", ")}]`;
  if (typeof value === "object" && "__njk" in (value as object)) return (value as { __njk: string }).__njk;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${isIdentifier(k) ? k : njkString(k)}: ${njk(v)}`)
    .join(", ")} }`;
}

function claim(d: Draft, key: string): void {
  if (d.claimed.has(key)) throw new Conflict(key);
  d.claimed.add(key);
}

/** Set a front matter key (claiming it, when a mutation does). */
function setFm(d: Draft, key: string, value: string, byBase = false): void {
  if (!byBase) claim(d, key);
  const at = d.fm.findIndex((f) => f.key === key);
  if (at === -1) d.fm.push({ key, value });
  else d.fm[at] = { key, value };
}

const expect = (d: Draft, e: Omit<Expectation, "by">, by: string) => d.expected.push({ ...e, by });

/** A new planted script's call, with its id recorded. */
function plant(d: Draft): string {
  const id = `${d.id}p${d.plantCount++}`;
  d.plants.push(id);
  return `${MARKER}('${id}')`;
}

/** Scripts as posts might carry them, each calling the marker if it ever runs. */
const PAYLOADS: ((call: string) => string)[] = [
  (c) => `<script>${c}</script>`,
  (c) => `<img src="data:," alt="" onerror="${c}">`,
  (c) => `<svg onload="${c}"></svg>`,
  (c) => `<a href="javascript:${c}">a link</a>`,
  (c) => `<details open ontoggle="${c}"><summary>More</summary>Hidden</details>`,
  (c) => `<iframe title="x" srcdoc="<script>${c}</script>"></iframe>`,
  (c) => `<form action="javascript:${c}"><button>Go</button></form>`,
  (c) => `<input aria-label="x" autofocus onfocus="${c}">`,
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `<math><mtext><table><mglyph><style><img src="data:," alt="" onerror="${c}"></style></mglyph></table></mtext></math>`,
  (c) => `<object data="javascript:${c}"></object>`,
  (c) => `<embed src="javascript:${c}">`,
  (c) => `<script src="data:text/javascript,${c}"></script>`,
  (c) => `<video><source src="data:," onerror="${c}"></video>`,
  (c) => `<body onload="${c}">`,
  (c) => `<div onclick="${c}" onmouseover="${c}">hover</div>`,
  (c) => `<svg><a href="javascript:${c}"><text x="0" y="15">svg link</text></a></svg>`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
];

// ---------------------------------------------------------------------------------------------------
// Valid posts.

const WORDS = ["start", "page", "check", "answers", "teacher", "school", "funding", "course", "headship", "design", "eligible", "provider", "support", "leadership", "apply", "journey"];
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const sentence = words(3, 12).map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}.`);
/** Text a person may type: any characters but the ones that open Markdown links and Nunjucks. */
const anyText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).map((s) => s.replace(/[{}[\]<>!\\`*_#|~^=+:&$%]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " "));
const titleArb = fc.oneof(
  { weight: 4, arbitrary: words(1, 6).map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}`) },
  { weight: 2, arbitrary: anyText.filter((s) => s.trim().length > 0) },
  { weight: 2, arbitrary: fc.constantFrom('<script>alert("title")</script>', "</title><h1>Injected</h1>", "{{ 7 * 7 }} and {% if %}", '"quoted" & <b>bold</b>', "' onmouseover='x", "A: colon, # hash") },
);

interface BaseParams {
  date: string;
  title: string;
  description: string | null;
  tags: string[];
  related: { text: string; href: string }[];
  author: string | null;
  blocks: string[];
  gallery: { text: string; src: string; legacy: boolean; caption: string | null }[] | null;
  galleryAt: number;
  image: string | null;
}

const dateArb = fc.date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const blockArb = fc.oneof(
  sentence,
  words(1, 4).map((w) => `## ${w}`),
  fc.array(words(1, 5), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join("\n")),
  fc.tuple(words(1, 3), sentence).map(([w, s]) => `**${w}** ${s} [a link](https://www.gov.uk/) and [home](/).`),
  fc.tuple(sentence, words(1, 3)).map(([s, w]) => `${s}[^1]\n\n[^1]: ${w}`),
  fc.constant("| Step | Who |\n| --- | --- |\n| Apply | Teacher |"),
  fc.constantFrom(...SEED_SCREENSHOTS).map((src) => `![A screen of the service](${src} "A caption")`),
  anyText,
);
const galleryItemArb = fc.record({ text: words(1, 5).map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}`), src: fc.constantFrom(...SEED_SCREENSHOTS), legacy: fc.boolean(), caption: fc.option(sentence, { nil: null }) });

const baseArb: fc.Arbitrary<BaseParams> = fc.record({
  date: dateArb,
  title: titleArb,
  description: fc.option(fc.oneof(sentence, anyText), { nil: null }),
  tags: fc.array(fc.constantFrom("eligibility", "Eligibility", "registration", "Café", "funding rules", "ключ", "a/b"), { maxLength: 3 }),
  related: fc.array(fc.record({ text: words(1, 4), href: fc.constantFrom("https://www.gov.uk/", "/", "/rules/", "/additional-support-offer/") }), { maxLength: 2 }),
  author: fc.option(fc.oneof(words(1, 2), anyText), { nil: null }),
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 6 }),
  gallery: fc.option(fc.array(galleryItemArb, { minLength: 1, maxLength: 4 }), { nil: null }),
  galleryAt: fc.nat(),
  image: fc.option(fc.constantFrom(...SEED_SCREENSHOTS), { nil: null, freq: 5 }),
});

function draftOf(base: BaseParams, id: string): Draft {
  const slug = `hostile-${id}`;
  const d: Draft = {
    id,
    slug,
    date: base.date,
    fileName: `${base.date}-${slug}.md`,
    fm: [],
    body: [...base.blocks],
    tail: [],
    galleryAt: base.galleryAt % (base.blocks.length + 1),
    wholeFile: [],
    expected: [],
    plants: [],
    mutations: [],
    title: base.title,
    plantCount: 0,
    claimed: new Set(),
  };
  setFm(d, "title", yaml(base.title), true);
  if (base.description !== null) setFm(d, "description", yaml(base.description), true);
  setFm(d, "date", base.date, true);
  if (base.tags.length) setFm(d, "tags", yaml(base.tags), true);
  if (base.related.length) setFm(d, "related", `\n  items:\n${base.related.map((r) => `    - text: ${yaml(r.text)}\n      href: ${yaml(r.href)}`).join("\n")}`, true);
  if (base.author !== null) setFm(d, "author", yaml(base.author), true);
  if (base.image !== null) setFm(d, "image", yaml({ src: base.image, alt: "The first screen" }), true);
  if (base.gallery) {
    d.gallery = { params: { items: base.gallery.map((i) => (i.legacy ? { text: i.text, img: { src: i.src } } : { text: i.text, src: i.src, ...(i.caption ? { caption: i.caption } : {}) })) } };
  }
  return d;
}

function copyOf(d: Draft): Draft {
  return {
    ...d,
    fm: d.fm.map((f) => ({ ...f })),
    body: [...d.body],
    tail: [...d.tail],
    gallery: d.gallery && { ...d.gallery, params: structuredClone(d.gallery.params) },
    wholeFile: [...d.wholeFile],
    expected: [...d.expected],
    plants: [...d.plants],
    mutations: [...d.mutations],
    claimed: new Set(d.claimed),
  };
}

/** The post as a file, and what the build must do with it. */
function assemble(d: Draft): HostilePost {
  const front = d.fm.map((f) => `${f.key}:${f.value.startsWith("\n") ? "" : " "}${f.value}`).join("\n");
  const body = [...d.body];
  if (d.gallery) {
    const call = d.gallery.rawCall ?? `{{ appScreenshots(${d.gallery.params === undefined ? "" : njk(d.gallery.params)}) }}`;
    body.splice(Math.min(d.galleryAt, body.length), 0, `{% from "screenshots/macro.njk" import appScreenshots with context %}\n${call}`);
  }
  let text = `---\n${front}\n---\n\n${[...body, ...d.tail].join("\n\n")}\n`;
  for (const change of d.wholeFile) text = change(text);
  return { file: `content/posts/${d.fileName}`, url: d.url ?? `/${d.slug}/`, text, mutations: d.mutations, expected: d.expected, plants: d.plants, title: d.title };
}

// ---------------------------------------------------------------------------------------------------
// Mutations. Each is an arbitrary of a named change to a draft, saying what the build must then do.

/** A kind of mutation: an arbitrary of named changes, with the kind's name. */
type Kind = fc.Arbitrary<Mutation> & { kind: string };
const m = <T>(name: string, arb: fc.Arbitrary<T>, apply: (d: Draft, v: T) => void): Kind =>
  Object.assign(
    arb.map((v) => ({ name: `${name}(${summary(v)})`, apply: (d: Draft) => apply(d, v) })),
    { kind: name },
  );
const summary = (v: unknown) => {
  const s = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const field = (name: string) => ({ text: `field "${name}"` });
const KNOWN_KEYS = ["title", "description", "date", "modified", "related", "tags", "screenshots", "image", "opengraphImage", "author", "authors", "aside", "caption", "status", "layout", "permalink", "showDate", "eleventyNavigation", "eleventyComputed", "eleventyExcludeFromCollections", "templateEngineOverride", "showPagination", "order", "theme", "includeInBreadcrumbs", "sectionKey"];
const hugeText = fc.tuple(fc.integer({ min: 20_000, max: 120_000 }), fc.constantFrom("a", "word ", "<script>x</script> ", "é", "🙂", "& < > \" '")).map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** Front matter. */
const FRONT_MATTER: Kind[] = [
  m("title of the wrong type", fc.constantFrom<unknown>(42, true, [], ["a", "b"], { a: 1 }, "", "   ", null), (d, v) => {
    setFm(d, "title", yaml(v));
    expect(d, { level: 1, where: field("title") }, "title");
  }),
  m("description of the wrong type", fc.constantFrom<unknown>(7, [], ["x"], { a: "b" }, true), (d, v) => {
    setFm(d, "description", yaml(v));
    expect(d, { level: 1, where: field("description") }, "description");
  }),
  m(
    "a date that does not exist",
    fc.tuple(fc.constantFrom("date", "modified"), fc.integer({ min: 2019, max: 2029 }), fc.constantFrom("02-30", "02-31", "04-31", "13-01", "00-10", "01-32", "06-31", "nonleap"), fc.constantFrom("", '"', "T10:30:00")),
    (d, [key, year, day, style]) => {
      const y = day === "nonleap" ? (year % 4 === 0 ? year + 1 : year) : year;
      const written = `${y}-${day === "nonleap" ? "02-29" : day}`;
      setFm(d, key, style === '"' ? `"${written}"` : `${written}${style}`);
      expect(d, { level: 1, where: field(key) }, "date");
    },
  ),
  m("a date of the wrong type", fc.constantFrom<unknown>("yesterday", 20240101, [2024, 1, 1], { year: 2024 }, "2024/01/01", true, "", "1st March 2024"), (d, v) => {
    setFm(d, "date", yaml(v));
    expect(d, { level: 1, where: field("date") }, "date");
  }),
  m("tags of the wrong type", fc.constantFrom<unknown>(42, { a: 1 }, [1, 2], [["nested"]], [{}], [null], true), (d, v) => {
    setFm(d, "tags", yaml(v));
    expect(d, { level: 1, where: { text: 'field "tags' } }, "tags");
  }),
  m("a tag with no page", fc.oneof(fc.constantFrom("!!!", "—", "🙂🙂", "中文", "#"), fc.integer({ min: 300, max: 5000 }).map((n) => "a".repeat(n))), (d, tag) => {
    setFm(d, "tags", yaml(["design", tag]));
    expect(d, { level: 1, where: field("tags.1") }, "tags");
  }),
  m(
    "related links that are not links",
    fc.constantFrom<unknown>("just text", { items: "x" }, { items: [{ text: "a" }] }, { items: [{ href: "/" }] }, { items: [{ text: "a", href: "/", hreff: "/" }] }, { foo: 1 }, { items: [{ text: "a", href: "" }] }, [1, 2], { subsections: [{ items: [{ text: 3, href: "/" }] }] }),
    (d, v) => {
      setFm(d, "related", yaml(v));
      expect(d, { level: 1, where: { text: 'field "related' } }, "related");
    },
  ),
  m("a related link to nowhere", fc.constant(null), (d) => {
    setFm(d, "related", yaml({ items: [{ text: "Nowhere", href: `/nowhere-${d.id}/` }] }));
    expect(d, { level: 3, where: field("related.items.0.href") }, "link");
  }),
  m(
    "an unknown key",
    fc.oneof(
      fc.stringMatching(/^[a-z][a-zA-Z]{2,14}$/).filter((k) => !KNOWN_KEYS.includes(k)),
      fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "my key", "ключ", "a.b", "layout2", "TITLE"),
    ),
    (d, key) => {
      claim(d, key);
      d.fm.push({ key: /^[A-Za-z_][\w ]*$/.test(key) ? key : JSON.stringify(key), value: yaml("a value") });
      expect(d, { level: 1, where: field(key) }, "unknown key");
    },
  ),
  m("a misspelt key", fc.constantFrom("titel", "descripton", "dat", "tag", "relatd", "autor", "screenshot", "imag", "Title", "desc"), (d, key) => {
    claim(d, key);
    d.fm.push({ key, value: yaml("a value") });
    expect(d, { level: 1, where: field(key) }, "misspelt key");
  }),
  m(
    "nested junk under a key that takes an object",
    fc.tuple(fc.constantFrom("related", "image", "aside", "opengraphImage", "author"), fc.integer({ min: 1, max: 8 })),
    (d, [key, depth]) => {
      let junk: unknown = { junk: [1, "two", null] };
      for (let i = 0; i < depth; i++) junk = i % 2 ? { deeper: junk, also: [junk] } : [junk, { more: junk }];
      setFm(d, key, yaml(junk));
      expect(d, { level: 1, where: { text: `field "${key}` } }, "nested junk");
    },
  ),
  m("nested junk where anything is accepted", fc.jsonValue({ maxDepth: 6 }), (d, junk) => {
    setFm(d, "eleventyNavigation", yaml({ key: "x", junk }));
  }),
  m("a huge text", fc.tuple(fc.constantFrom("title", "description", "status", "caption"), hugeText), (d, [key, text]) => {
    setFm(d, key, yaml(text));
    if (key === "title") d.title = text;
  }),
  m("a key written twice", fc.constantFrom("title", "date"), (d, key) => {
    claim(d, key);
    const value = key === "date" ? d.date : `Twice ${d.id}`;
    d.fm.push({ key, value: key === "date" ? `${value} # twice ${d.id}` : yaml(value) });
    expect(d, { level: 0, where: { lineOf: key === "date" ? `twice ${d.id}` : value } }, "duplicate key");
  }),
  m("tabs indenting front matter", fc.constant(null), (d) => {
    claim(d, "related");
    d.fm = d.fm.filter((f) => f.key !== "related");
    d.fm.push({ key: "related", value: `\n\titems:\n\t\t- text: Tabbed ${d.id}\n\t\t  href: /` });
    expect(d, { level: 0, where: { lineOf: "\titems:" } }, "tabs");
  }),
  m("a tab after a colon", fc.constant(null), (d) => {
    d.wholeFile.push((t) => t.replace(/^title: /m, "title:\t"));
  }),
  m("a byte order mark", fc.constant(null), (d) => d.wholeFile.push((t) => `\uFEFF${t}`)),
  m("CRLF line ends", fc.constant(null), (d) => d.wholeFile.push((t) => t.replace(/\r?\n/g, "\r\n"))),
  m("a quote never closed", fc.constantFrom("title", "description"), (d, key) => {
    setFm(d, key, `"Never closed ${d.id}`);
    expect(d, { level: 0, where: { lineOf: `Never closed ${d.id}` } }, "unclosed quote");
  }),
  m("a list never closed", fc.constant(null), (d) => {
    setFm(d, "tags", `[design, unclosed${d.id}`);
    d.fm.push(d.fm.splice(d.fm.findIndex((f) => f.key === "tags"), 1)[0]!);
    expect(d, { level: 0, where: { lineIn: [`unclosed${d.id}`, "---"] } }, "unclosed list");
  }),
  m("a YAML tag", fc.constantFrom("!!binary aGVsbG8=", "!custom x", "!!js/function 'function () {}'", "!!set {a, b}", "!!timestamp 2024-01-01"), (d, value) => {
    setFm(d, "title", value);
    if (value.startsWith("!custom") || value.startsWith("!!js")) expect(d, { level: 0, where: { lineOf: value } }, "yaml tag");
    else expect(d, { level: 1, where: field("title") }, "yaml tag");
  }),
  m("a billion laughs where anything is accepted", fc.integer({ min: 7, max: 10 }), (d, depth) => {
    const lines = [`l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha]`];
    for (let i = 1; i < depth; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(", ")}]`);
    setFm(d, "eleventyNavigation", `\n${lines.map((l) => `  ${l}`).join("\n")}`);
  }),
  m("a billion laughs", fc.integer({ min: 7, max: 10 }), (d, depth) => {
    const names = Array.from({ length: depth }, (_, i) => `l${i}`);
    d.fm.push({ key: names[0]!, value: `&${names[0]} [ha, ha, ha, ha, ha, ha, ha, ha, ha]` });
    for (let i = 1; i < depth; i++) d.fm.push({ key: names[i]!, value: `&${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(", ")}]` });
    setFm(d, "title", `*${names[depth - 1]}`);
    // The title must be last: YAML aliases point back.
    d.fm.push(d.fm.splice(d.fm.findIndex((f) => f.key === "title"), 1)[0]!);
    expect(d, { level: 1, where: field("title") }, "laughs");
    for (const name of names) expect(d, { level: 1, where: field(name) }, "laughs");
  }),
  m("eleventyComputed templates", fc.constantFrom<unknown>({ title: "{{ nope( }}" }, { layout: "nothere.njk" }, { permalink: "/computed.js" }, { title: "{% include 'x.njk' %}" }, { eleventyNavigation: { key: "{{ title }}" } }), (d, v) => {
    setFm(d, "eleventyComputed", yaml(v));
  }),
  m("a template engine", fc.constantFrom("njk", "njk,md", "md", "liquid", "html", "garbage", "42"), (d, engine) => {
    setFm(d, "templateEngineOverride", engine);
    if (engine === "garbage" || engine === "42") expect(d, { level: 1, where: field("templateEngineOverride") }, "engine");
  }),
  m("a permalink that is no page's address", fc.constantFrom<unknown>("no-slash/", 42, true, "/assets/site.js", "/feed.xml", "/x/../../y.js", "/robots.txt", "/pagefind/pagefind.js"), (d, v) => {
    setFm(d, "permalink", yaml(v));
    expect(d, { level: 1, where: field("permalink") }, "permalink");
  }),
  m("a permalink of its own", fc.constant(null), (d) => {
    setFm(d, "permalink", `/elsewhere/${d.slug}/`);
    d.url = `/elsewhere/${d.slug}/`;
  }),
  m("a layout that does not exist", fc.constantFrom<unknown>("nothere", "base", 3, "layouts/base.njk"), (d, v) => {
    setFm(d, "layout", yaml(v));
    expect(d, { level: 1, where: field("layout") }, "layout");
  }),
  m("a lead image of the wrong shape", fc.constantFrom<unknown>("string.png", { alt: "x" }, { src: 3 }, { src: "a.png", width: 3 }), (d, v) => {
    setFm(d, "image", yaml(v));
    expect(d, { level: 1, where: { text: 'field "image' } }, "image");
  }),
  m("a lead image from nowhere", fc.constantFrom("../../../../etc/passwd.png", "https://evil.example/x.png", "//evil.example/x.png", "/nope.png", "javascript:alert(1)"), (d, src) => {
    setFm(d, "image", yaml({ src, alt: "x" }));
    expect(d, { level: 3, where: field("image.src") }, "image");
  }),
  m("an author of the wrong shape", fc.constantFrom<unknown>(42, [{}], { name: 1 }, { name: "a", email: "x" }, [[]]), (d, v) => {
    setFm(d, "author", yaml(v));
    expect(d, { level: 1, where: { text: 'field "author' } }, "author");
  }),
  m("control characters", fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\u2028", "\ufffe", "\ud800"), (d, chars) => {
    setFm(d, "description", yaml(`Before${chars}after`));
    setFm(d, "status", yaml(`S${chars}`));
  }),
  m("hundreds of unknown keys", fc.integer({ min: 100, max: 400 }), (d, n) => {
    claim(d, "(unknown keys)");
    for (let i = 0; i < n; i++) d.fm.push({ key: `unknownKey${i}`, value: String(i) });
    expect(d, { level: 1, where: field("unknownKey0"), count: 1 }, "many keys");
    expect(d, { level: 1, where: field(`unknownKey${n - 1}`) }, "many keys");
  }),
];

/** The whole front matter: missing, empty, not a mapping, or never closed. */
const WHOLE_FRONT_MATTER: Kind[] = [
  m("no front matter", fc.constant(null), (d) => {
    claim(d, "(front matter)");
    d.wholeFile.push((t) => t.replace(/^---\n[\s\S]*?\n---\n/, ""));
    expect(d, { level: 1, where: field("title") }, "no front matter");
  }),
  m("empty front matter", fc.constant(null), (d) => {
    claim(d, "(front matter)");
    d.wholeFile.push((t) => t.replace(/^---\n[\s\S]*?\n---\n/, "---\n---\n"));
    expect(d, { level: 1, where: field("title") }, "empty front matter");
  }),
  m("front matter that is not keys and values", fc.constantFrom("- a\n- b", "just some text", "42", "[title, date]"), (d, yamlText) => {
    claim(d, "(front matter)");
    d.wholeFile.push((t) => t.replace(/^---\n[\s\S]*?\n---\n/, `---\n${yamlText}\n---\n`));
    expect(d, { level: 1, where: { text: 'field "' } }, "not a mapping");
  }),
  m("front matter never closed", fc.constant(null), (d) => {
    claim(d, "(front matter)");
    d.wholeFile.push((t) => t.replace(/\n---\n/, "\n"));
    expect(d, { level: 0, where: { text: "" } }, "never closed");
  }),
];

/** The body: scripts, unclosed tags, broken Nunjucks, images and links. */
const BODY: Kind[] = [
  m("scripts in the body", fc.array(fc.tuple(fc.nat(PAYLOADS.length - 1), fc.boolean()), { minLength: 2, maxLength: 6 }), (d, picks) => {
    for (const [i, inline] of picks) d.body.push(inline ? `Some text ${PAYLOADS[i]!(plant(d))} and more.` : PAYLOADS[i]!(plant(d)));
  }),
  m("scripts in front matter Markdown", fc.nat(PAYLOADS.length - 1), (d, i) => {
    setFm(d, "aside", yaml({ title: "Note", content: `An aside ${PAYLOADS[i]!(plant(d))}` }));
    setFm(d, "image", yaml({ src: SEED_SCREENSHOTS[0], alt: "x", caption: `A caption ${PAYLOADS[(i + 1) % PAYLOADS.length]!(plant(d))}` }));
  }),
  m("scripts in front matter text", fc.constant(null), (d) => {
    // Text fields are escaped: these never become elements, so are no plants.
    d.title = `<script>${MARKER}('${d.id}t')</script> <img src=x onerror="${MARKER}('${d.id}t')">`;
    setFm(d, "title", yaml(d.title));
    setFm(d, "description", yaml(`<script>${MARKER}('${d.id}d')</script>`));
    setFm(d, "status", yaml(`<b onclick="${MARKER}('${d.id}s')">Alpha</b>`));
    setFm(d, "tags", yaml([`<script>${MARKER}('${d.id}g')</script>`]));
    setFm(d, "author", yaml({ name: `<i>${MARKER}</i>`, url: `javascript:${MARKER}('${d.id}a')` }));
  }),
  m("a script through Nunjucks", fc.constantFrom("safe", "autoescaped"), (d, how) => {
    d.body.push(how === "safe" ? `{{ "<script>${plant(d)}</script>" | safe }}` : `{{ "<script>${MARKER}('${d.id}e')</script>" }}`);
  }),
  m(
    "an unclosed tag",
    fc.constantFrom("<div>", "<table><tr><td>cell", "<details><summary>More", "<svg>", "<math>", '<a href="/">', "<b><i>", "<p>", "<ul><li>"),
    (d, tag) => {
      d.body.splice(Math.min(1, d.body.length), 0, `${tag}\n\nText after ${d.id}`);
    },
  ),
  m(
    "an unclosed tag that would swallow the page",
    fc.constantFrom("<!-- never closed", "<plaintext>", "<textarea>", "<title>", "<xmp>", "<noscript>", '<iframe title="x">', "<style>", "<script>", "<select>", "<template>", "Inline <title>"),
    (d, tag) => {
      claim(d, "(tail)");
      d.tail.push(`${tag}\n\nText after ${d.id}`);
      expect(d, { level: 3, where: { lineOf: tag }, swallows: true }, "unclosed");
    },
  ),
  m(
    "broken Nunjucks",
    fc.constantFrom(
      (t: string) => ({ line: `{{ ${t}`, at: t }),
      (t: string) => ({ line: `{% if ${t} %}`, at: t }),
      (t: string) => ({ line: `${t} {% endif %}`, at: t }),
      (t: string) => ({ line: `{% for x in ${t} %}`, at: t }),
      (t: string) => ({ line: `{{ ${t}() }}`, at: t }),
      (t: string) => ({ line: `{{ 1 | ${t} }}`, at: t }),
      (t: string) => ({ line: `{% include "${t}.njk" %}`, at: t }),
      (t: string) => ({ line: `{% from "${t}/macro.njk" import x %}`, at: t }),
      (t: string) => ({ line: `{% set ${t} = %}`, at: t }),
      (t: string) => ({ line: `{# ${t}`, at: t }),
      (t: string) => ({ line: `{{ collections | dump }} ${t}`, at: t }),
      (t: string) => ({ line: `{% macro ${t}() %}{{ ${t}() }}{% endmacro %}{{ ${t}() }}`, at: t }),
      (t: string) => ({ line: `{% ${t} %}`, at: t }),
      (t: string) => ({ line: `{{ "a" + }} ${t}`, at: t }),
      (t: string) => ({ line: `{{ ${t}.x.y() }}`, at: t }),
    ),
    (d, make) => {
      const { line, at } = make(`zz${d.id}`);
      d.body.splice(Math.min(1, d.body.length), 0, line);
      expect(d, { level: 2, where: { lineOf: at } }, "nunjucks");
    },
  ),
  m("Nunjucks that renders", fc.constantFrom("{% raw %}{{ not rendered }}{% endraw %}", "{{ undefinedThing.deep.path }}", "{{ title }}", "{# a comment #}", "{% if false %}{{ nope() }}{% endif %}", "{{ page.url }}", "{% set x = 3 %}{{ x * 7 }}"), (d, text) => {
    d.body.push(text);
  }),
  m(
    "Markdown at its limits",
    fc.constantFrom(
      ">".repeat(300) + " deep",
      "*".repeat(5000),
      "[".repeat(3000),
      "_a ".repeat(3000),
      Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n"),
      "[[toc]]\n\n[[toc]]",
      "Text[^nope] with a footnote that is never defined.",
      `| ${Array(500).fill("c").join(" | ")} |\n| ${Array(500).fill("-").join(" | ")} |`,
      "x".repeat(200_000),
      "## Same\n\n## Same\n\n## Same",
      "Paragraph {.govuk-body-s #custom-id data-x=1}",
      "&#0; &#xD800; &#x110000; &nbsp &lt;script&gt;",
    ),
    (d, text) => {
      d.body.push(text);
    },
  ),
  m("Markdown attributes with handlers", fc.constant(null), (d) => {
    d.body.push(`A paragraph with a handler {onclick="${plant(d)}"}`);
    d.body.push(`[A link](https://www.gov.uk/){onmouseover="${plant(d)}"}`);
  }),
  m("a Markdown link with a script", fc.constant(null), (d) => {
    d.body.push(`[Click](javascript:${plant(d)}) and <javascript:${MARKER}('${d.id}auto')>`);
  }),
  m("an image from nowhere", fc.constantFrom("../../../../etc/passwd.png", "https://evil.example/x.png", "//evil.example/x.png", "/nope.png", "nope.png"), (d, src) => {
    const written = src.startsWith("/") || src.includes(":") || src.startsWith("..") ? src : `${d.id}-${src}`;
    d.body.push(`![An image](${written})`);
    expect(d, { level: 3, where: { text: `image "${written}"` } }, "image");
  }),
  m("a broken link", fc.constantFrom("markdown", "html", "reference"), (d, how) => {
    const href = `/nowhere-${d.id}/`;
    d.body.push(how === "markdown" ? `[Go](${href})` : how === "html" ? `<a href="${href}">Go</a>` : `[Go][ref]\n\n[ref]: ${href}`);
    expect(d, { level: 3, where: { lineOf: href }, bodyLink: true }, "link");
  }),
];

/** The gallery's parameters, on the gallery in the body (one is added if there is none). */
const withGallery = (d: Draft) => {
  if (!d.gallery) d.gallery = { params: { items: [{ text: "Start page", src: SEED_SCREENSHOTS[0] }] } };
  return d.gallery;
};
/** The gallery's items, to add to. */
const items = (d: Draft) => {
  const p = withGallery(d).params as { items?: unknown };
  if (p === null || typeof p !== "object" || !Array.isArray(p.items)) throw new Conflict("(gallery)");
  d.claimed.add("(gallery items)");
  return p.items;
};
/** The gallery's parameters, to replace: not after items were added (their problems would be lost). */
const replaceGallery = (d: Draft, params: unknown) => {
  if (d.claimed.has("(gallery items)")) throw new Conflict("(gallery items)");
  claim(d, "(gallery)");
  withGallery(d).params = params;
};
/** One parameter of the gallery, to set. */
const setGalleryParam = (d: Draft, key: string, value: unknown) => {
  items(d);
  claim(d, `(gallery) ${key}`);
  (d.gallery!.params as Record<string, unknown>)[key] = value;
};
/** A gallery in the body is named at the line of its call. */
const CALL = "{{ appScreenshots(";
const galleryWide = (d: Draft, by: string) => expect(d, { level: 3, where: { text: "appScreenshots: ", at: CALL }, galleryWide: true }, by);
const itemProblem = (d: Draft, k: number, by: string) => expect(d, { level: 3, where: { text: `appScreenshots item ${k + 1}`, at: CALL }, galleryItem: true }, by);

const GALLERY: Kind[] = [
  m("gallery parameters that are not an object", fc.constantFrom<unknown>(null, "text", [1, 2], 42, undefined), (d, v) => {
    replaceGallery(d, v);
    galleryWide(d, "gallery params");
  }),
  m("gallery items that are not a list", fc.constantFrom<unknown>("x", 5, { a: 1 }, null), (d, v) => {
    replaceGallery(d, { items: v });
    galleryWide(d, "gallery items");
  }),
  m("an unknown gallery parameter", fc.constantFrom("foo", "class", "items2", "attributes"), (d, key) => {
    setGalleryParam(d, key, 1);
    galleryWide(d, "gallery param");
  }),
  m("a gallery parameter of the wrong type", fc.constantFrom<[string, unknown]>(["headingLevel", "2"], ["headingLevel", 0], ["headingLevel", 9], ["headingLevel", 2.5], ["title", {}], ["title", 3], ["path", 4]), (d, [key, value]) => {
    setGalleryParam(d, key, value);
    galleryWide(d, "gallery param type");
  }),
  m("an item missing its text", fc.constantFrom<unknown>({ src: SEED_SCREENSHOTS[0] }, {}, "", null, { img: { src: SEED_SCREENSHOTS[1] } }), (d, item) => {
    const list = items(d);
    list.push(item);
    itemProblem(d, list.length - 1, "item text");
  }),
  m(
    "an item field of the wrong type",
    fc.constantFrom<Record<string, unknown>>({ text: 42 }, { src: 42 }, { src: [] }, { src: {} }, { alt: 3 }, { caption: [] }, { id: 5 }, { img: "x.png" }, { text: ["a"] }),
    (d, wrong) => {
      const list = items(d);
      list.push({ text: "Wrong type", src: SEED_SCREENSHOTS[0], ...wrong });
      itemProblem(d, list.length - 1, "item type");
    },
  ),
  m("an unknown item parameter", fc.constantFrom<Record<string, unknown>>({ foo: 1 }, { href: "/" }, { img: { src: SEED_SCREENSHOTS[0], bar: 1 } }, { onclick: "x" }), (d, extra) => {
    const list = items(d);
    list.push({ text: "Unknown parameter", src: SEED_SCREENSHOTS[0], ...extra });
    itemProblem(d, list.length - 1, "item param");
  }),
  m(
    "an item's src from nowhere",
    fc.constantFrom("../../../../etc/passwd.png", "/etc/passwd", "https://evil.example/x.png", "//evil.example/x.png", "javascript:alert(1)", "data:image/png;base64,iVBOR", "file:///etc/passwd", "%2e%2e/%2e%2e/%2e%2e/x.png", "..\\..\\x.png", "", "   ", "?x=1", "#frag", "/", ".", "nope.png", "a\u0000b.png", "/additional-support-offer/", "/additional-support-offer/01-start-page.png/.."),
    (d, src) => {
      const list = items(d);
      list.push({ text: "From nowhere", src });
      itemProblem(d, list.length - 1, "item src");
    },
  ),
  m("an empty gallery", fc.constant(null), (d) => {
    replaceGallery(d, { items: [] });
  }),
  m("thousands of bad items", fc.integer({ min: 1000, max: 3000 }), (d, n) => {
    replaceGallery(d, { items: Array.from({ length: n }, (_, i) => ({ text: `Item ${i}`, src: "../../../x.png" })) });
    expect(d, { level: 3, where: { text: "appScreenshots item ", at: CALL }, count: n, galleryItem: true }, "thousands");
  }),
  m("hundreds of good items", fc.integer({ min: 200, max: 600 }), (d, n) => {
    replaceGallery(d, { items: Array.from({ length: n }, (_, i) => ({ text: `Item ${i}`, src: SEED_SCREENSHOTS[i % SEED_SCREENSHOTS.length] })) });
  }),
  m("hostile item text", fc.nat(PAYLOADS.length - 1), (d, i) => {
    const list = items(d);
    list.push({ text: `<script>${MARKER}('${d.id}i')</script>`, alt: `" onerror="${MARKER}('${d.id}j')`, src: SEED_SCREENSHOTS[2], caption: `A caption ${PAYLOADS[i]!(plant(d))}`, id: `"><img src=x onerror=${MARKER}('${d.id}k')>` });
  }),
  m("a gallery call never closed", fc.constant(null), (d) => {
    const g = withGallery(d);
    claim(d, "(gallery call)");
    g.rawCall = `{{ appScreenshots(${njk(g.params)}\nzz${d.id}`;
    expect(d, { level: 2, where: { lineIn: [CALL, null] } }, "gallery syntax");
  }),
];

const ALL = [...FRONT_MATTER, ...WHOLE_FRONT_MATTER, ...BODY, ...GALLERY];
/** Kinds that never make a post the build must refuse: what it must publish safely. */
const ALWAYS_ACCEPTED = new Set([
  "nested junk where anything is accepted",
  "a huge text",
  "a tab after a colon",
  "a byte order mark",
  "CRLF line ends",
  "a billion laughs where anything is accepted",
  "eleventyComputed templates",
  "a permalink of its own",
  "control characters",
  "scripts in the body",
  "scripts in front matter Markdown",
  "scripts in front matter text",
  "a script through Nunjucks",
  "an unclosed tag",
  "Nunjucks that renders",
  "Markdown at its limits",
  "Markdown attributes with handlers",
  "a Markdown link with a script",
  "an empty gallery",
  "hundreds of good items",
  "hostile item text",
]);
const ACCEPTED = ALL.filter((k) => ALWAYS_ACCEPTED.has(k.kind));
const REFUSED = ALL.filter((k) => !ALWAYS_ACCEPTED.has(k.kind));
const SCRIPTS = ALL.find((k) => k.kind === "scripts in the body")!;
/** Mutations that may be added to a post on top of its own: the kinds that leave the rest of the file whole. */
const EXTRAS = [...FRONT_MATTER, ...BODY, ...GALLERY];

/** The kinds of mutation, by name. */
export const KINDS = ALL.map((k) => k.kind);
if (ACCEPTED.length !== ALWAYS_ACCEPTED.size) throw new Error("hostile-posts.ts: a name in ALWAYS_ACCEPTED is no kind of mutation");

/**
 * Post `index` of a run. Two posts in three are made to be refused: a valid post, the next kind of
 * mutation in turn that may make it wrong, and up to two more of any kind. The third is made to be
 * published: the next kind in turn that never makes a post wrong, and up to two more such kinds. So every run tries every kind, and both outcomes. `id` is unique in the run
 * (it names the file, the address and every planted script).
 */
export function hostilePostArb(index: number, id: string): fc.Arbitrary<HostilePost> {
  const toPublish = index % 3 === 2;
  const turn = toPublish ? Math.floor(index / 3) : index - Math.floor((index + 1) / 3);
  // Scripts are planted in one post to publish in three (and more by the kinds that plant them): each
  // is a page for the browser to check.
  const own = toPublish ? [ACCEPTED[turn % ACCEPTED.length]!, ...(turn % 3 === 0 ? [SCRIPTS] : [])] : [REFUSED[turn % REFUSED.length]!];
  return fc.record({ base: baseArb, own: fc.tuple(...own), extras: fc.array(fc.oneof(...(toPublish ? ACCEPTED : EXTRAS)), { maxLength: 2 }) }).map(({ base, own, extras }) => {
    const d = draftOf(base, id);
    for (const mutation of [...own, ...extras]) {
      const before = copyOf(d);
      try {
        mutation.apply(d);
        // The whole front matter is replaced: a change to one of its keys would be lost.
        if (before.claimed.has("(front matter)") && JSON.stringify(d.fm) !== JSON.stringify(before.fm)) throw new Conflict("(front matter)");
        d.mutations.push(mutation.name);
      } catch (error) {
        if (!(error instanceof Conflict)) throw error;
        Object.assign(d, before); // it would undo an earlier mutation: left out
      }
    }
    return assemble(d);
  });
}
