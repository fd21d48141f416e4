// Where every rule and catalogue fact comes from. A Source is what a trace step or a catalogue fact
// cites: a seed document and section, or the service's published behaviour at a commit.
// Source documents are the four seeds in ../shared/seeds (see funding-rules.md "Sources to cite").

export const SOURCE_DOCUMENTS = [
  {
    id: "seed-000",
    file: "000_b8d5ad89a0aa3718.txt",
    title: "NPQ registration design history, 'Additional support offer (ASO)'",
    publisher: "Department for Education",
    published: "2021-09-10",
    href: "https://www.gov.uk/government/publications/national-professional-qualifications-npqs-reforms/national-professional-qualifications-npqs-reforms#additional-support-offer-for-the-npq-in-headship",
  },
  {
    id: "seed-001",
    file: "001_be3285d61997f7ed.txt",
    title: "The National Award for SEN Co-ordination (NASENCo) and the NPQ for Headship (NPQH)",
    publisher: "Summary of published descriptions",
    published: null,
    href: null,
  },
  {
    id: "seed-002",
    file: "002_88c36d398f28ee4b.txt",
    title: "National Professional Qualifications guidance",
    publisher: "NASUWT",
    published: null,
    href: null,
  },
  {
    id: "seed-003",
    file: "003_aa65e61903075299.txt",
    title: "NPQ participant handbook 2024-25",
    publisher: "Ambition Institute",
    published: null,
    href: "https://www.ambition.org.uk/npqs-national-professional-qualifications",
  },
] as const;

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
}

/** Cite a section of a seed document. */
export function seedSection(id: SourceDocumentId, section: string): Source {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`Unknown source document "${id}"`);
  const source: Source = {
    title: `${doc.publisher}, ${doc.title}, '${section}'`,
    document: id,
    section,
  };
  return doc.href ? { ...source, href: doc.href } : source;
}

/** The service's behaviour: DfE-Digital/npq-registration app/services/funding_eligibility.rb at a commit. */
export const SERVICE_REPOSITORY = "DFE-Digital/npq-registration";
export function serviceBehaviour(commit: string, what: string): Source {
  return {
    title: `DfE Register for an NPQ service, funding_eligibility.rb (${commit.slice(0, 7)}): ${what}`,
    href: `https://github.com/${SERVICE_REPOSITORY}/blob/${commit}/app/services/funding_eligibility.rb`,
  };
}
