// The legacy National Award for SEN Co-ordination (NASENCo), replaced by the NPQ for SENCOs. It has no
// course in the service's vocabulary (rules/courses.ts), so its id is the catalogue's own "nasenco".
import { DESCRIPTIONS, fact, HANDBOOK, joined, NASUWT } from "../citations.ts";
import { NOT_STATED_FIELD } from "../fact.ts";
import type { Component, Length, Qualification, Status } from "../types.ts";

export const NASENCO: Qualification = {
  id: "nasenco",
  courseId: null,
  code: "NASENCo",
  name: "National Award for SEN Co-ordination",
  called: "National Award for SEN Co-ordination (NASENCo)",
  kind: "legacy",
  slug: "nasenco",
  summary: [
    fact(
      "A mandatory Level 7 qualification for new SENCOs in UK mainstream schools, to be completed within three years of appointment.",
      DESCRIPTIONS.nasenco,
      "requiring completion within three years of appointment",
    ),
    fact("Focused on improving practice through policy, strategy and evidence-based learning.", DESCRIPTIONS.nasenco, "policy, strategy, and evidence-based learning"),
  ],
  audience: [
    fact("New SENCOs in maintained schools, academies and free schools.", DESCRIPTIONS.nasencoKeyAspects, "Mandatory for new SENCOs in maintained schools, academies, and free schools"),
    fact("Qualified teachers (QTS or QTLS).", DESCRIPTIONS.nasencoKeyAspects, "Must be a qualified teacher (QTS or QTLS)"),
  ],
  length: [fact<Length>({ kind: "usually-up-to", years: 1 }, DESCRIPTIONS.nasencoKeyAspects, "Usually takes up to one year to complete")],
  components: [
    fact<Component>(
      {
        kind: "strands",
        count: 4,
        strands: ["context of inclusive practice", "strategy for inclusive practice", "application of inclusive practice", "working with others"],
      },
      DESCRIPTIONS.nasencoKeyAspects,
      "often structured around four key strands",
    ),
    fact<Component>(
      { kind: "assignments", level: "postgraduate", practiceBased: true, including: ["case studies", "critical analysis of leadership skills"] },
      DESCRIPTIONS.nasencoKeyAspects,
      "postgraduate level, practice-based assignments, including case studies",
    ),
  ],
  courseSequence: NOT_STATED_FIELD,
  providerFigures: NOT_STATED_FIELD,
  status: [
    fact<Status>({ kind: "replaced-by", qualification: "npq-senco", from: { year: 2024 } }, DESCRIPTIONS.nasencoKeyAspects, "From 2024, the NASENCo is being replaced"),
    fact<Status>({ kind: "replaced-by", qualification: "npq-senco" }, HANDBOOK.introductions, "replacing the NASENCO qualification"),
    // Seed 002's "SENCO NPQ" gives the date but does not mention the NASENCo; that the NPQ for SENCOs
    // is its successor is seed 001's, so the fact cites both.
    joined(
      fact<Status>(
        { kind: "successor-in-place-since", qualification: "npq-senco", when: { year: 2024, month: 9, day: 1 } },
        NASUWT.senco,
        "in place since 1 September 2024",
      ),
      { source: DESCRIPTIONS.nasencoKeyAspects, evidence: "the NASENCo is being replaced by the National Professional Qualification for SENCOs" },
    ),
  ],
};

export const LEGACY_QUALIFICATIONS: readonly Qualification[] = [NASENCO];
