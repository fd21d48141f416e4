// Where every rule and catalogue fact comes from. A Source is what a trace step or a catalogue fact
// cites: a seed document and section, or the service's published behaviour at a commit.
// Source documents are the four seeds in ../shared/seeds (see funding-rules.md "Sources to cite").

export const SOURCE_DOCUMENTS = [
  {
    id: "seed-000",
    file: "000_b8d5ad89a0aa3718.txt",
    // A design-history post: its title is the post's own, and the site publishes it as a post.
    kind: "design-history-post",
    title: "Additional support offer (ASO)",
    publisher: "Department for Education",
    citeAs: "Department for Education, NPQ registration design history post 'Additional support offer (ASO)'",
    published: "2021-09-10",
    // The post links to GOV.UK's page "About ASOs", but is not published there: no public address known.
    href: null,
  },
  {
    id: "seed-001",
    file: "001_be3285d61997f7ed.txt",
    // The document has no title of its own: this one says what it is without repeating its headings.
    kind: "summary",
    title: "The NASENCo and the NPQH: a summary of published descriptions",
    publisher: "Not named",
    citeAs: "The NASENCo and the NPQH: a summary of published descriptions (publisher not named)",
    published: null,
    href: null,
  },
  {
    id: "seed-002",
    file: "002_88c36d398f28ee4b.txt",
    kind: "guidance",
    title: "National Professional Qualifications guidance",
    publisher: "NASUWT",
    citeAs: "NASUWT, National Professional Qualifications guidance",
    published: null,
    href: null,
  },
  {
    id: "seed-003",
    file: "003_aa65e61903075299.txt",
    kind: "handbook",
    title: "NPQ participant handbook 2024-25",
    publisher: "Ambition Institute",
    citeAs: "Ambition Institute, NPQ participant handbook 2024-25",
    published: null,
    href: "https://www.ambition.org.uk/npqs-national-professional-qualifications",
  },
] as const satisfies readonly {
  id: string;
  file: string;
  kind: "design-history-post" | "summary" | "guidance" | "handbook";
  title: string;
  publisher: string;
  /** How a citation names the document: publisher and title, never a heading of it. */
  citeAs: string;
  published: string | null;
  href: string | null;
}[];

export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number];
export type SourceDocumentId = SourceDocument["id"];

/** What a rule step, parameter or catalogue fact rests on. */
export interface Source {
  /** Human-readable citation, e.g. "NASUWT, National Professional Qualifications guidance, 'Funding and eligibility'". */
  readonly title: string;
  /** A public page, where there is one. */
  readonly href?: string;
  /** The seed document cited, when the source is a seed. */
  readonly document?: SourceDocumentId;
  /** The section heading in that document. */
  readonly section?: string;
  /** Which section with that heading (1 = the first), where the document has more than one. */
  readonly occurrence?: number;
  /** Further places the same thing rests on, e.g. a later commit of the service that changed it. */
  readonly also?: readonly Source[];
}

const ORDINALS = ["first", "second", "third", "fourth"] as const;

/** Which of several sections with one heading: its position, and the heading that follows it. */
export interface RepeatedHeading {
  readonly occurrence: number;
  /** The next heading in the document after this section's heading (the tests check it). */
  readonly before: string;
}

/** How a citation names one section: its heading, and which one when the heading is used twice. */
export function sectionWords(section: string, repeated?: RepeatedHeading): string {
  if (!repeated) return `'${section}'`;
  const ordinal = ORDINALS[repeated.occurrence - 1];
  if (!ordinal) throw new Error(`Section "${section}": occurrence ${repeated.occurrence} is not 1 to ${ORDINALS.length}`);
  return `'${section}' (the ${ordinal} section with this heading, before '${repeated.before}')`;
}

export function sourceDocument(id: SourceDocumentId): SourceDocument {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`Unknown source document "${id}"`);
  return doc;
}

/**
 * Cite a section of a seed document by its heading. Where the document uses the heading twice, say
 * which (`repeated`). A design-history post's title heads its opening paragraph: citing it gives
 * "opening paragraph", not the title twice.
 */
export function seedSection(id: SourceDocumentId, section: string, repeated?: RepeatedHeading): Source {
  const doc = sourceDocument(id);
  const where = section === doc.title ? "opening paragraph" : sectionWords(section, repeated);
  const source: Source = {
    title: `${doc.citeAs}, ${where}`,
    document: id,
    section,
    ...(repeated ? { occurrence: repeated.occurrence } : {}),
  };
  return doc.href ? { ...source, href: doc.href } : source;
}

/** The same source, resting also on further places (listed after it wherever it is cited). */
export function alsoCiting(source: Source, ...more: readonly Source[]): Source {
  return { ...source, also: [...(source.also ?? []), ...more] };
}

/** The service's behaviour: DfE-Digital/npq-registration app/services/funding_eligibility.rb at a commit. */
export const SERVICE_REPOSITORY = "DFE-Digital/npq-registration";
export const SERVICE_FILE = "app/services/funding_eligibility.rb";
export const serviceFileHref = (commit: string) => `https://github.com/${SERVICE_REPOSITORY}/blob/${commit}/${SERVICE_FILE}`;
export function serviceBehaviour(commit: string, what: string): Source {
  return {
    title: `DfE Register for an NPQ service, funding_eligibility.rb (${commit.slice(0, 7)}): ${what}`,
    href: serviceFileHref(commit),
  };
}

/** The service's funding file at a commit, as a whole (for a table computed from a rule set). */
export function serviceFile(commit: string): Source {
  return { title: `DfE Register for an NPQ service, funding_eligibility.rb (${commit.slice(0, 7)})`, href: serviceFileHref(commit) };
}
