// The five specialist NPQs. Lengths: seed 003 gives 12 months for each; seed 002 gives 12 to 22
// months "depending on the chosen NPQ" for NPQs in general.
import { fact, HANDBOOK, NASUWT } from "../citations.ts";
import { NOT_STATED_FIELD, stated, type Fact } from "../fact.ts";
import { courseIdentity } from "../identity.ts";
import { handbookComponents } from "../programme-components.ts";
import { handbookSequence } from "../sequence.ts";
import type { Length, Qualification } from "../types.ts";
import { NASUWT_NPQ_LENGTH } from "./leadership.ts";

const A = "ambition-institute" as const;

const handbookMonths = (evidence: string): Fact<Length> => fact<Length>({ kind: "months", months: 12 }, HANDBOOK.introductions, evidence, A);

/** Seed 002 says the five specialist NPQs are designed for classroom teachers and leaders alike. */
const forTeachersAndLeaders: Fact<string> = fact("Classroom teachers and leaders alike.", NASUWT.npqs, "designed for both classroom teachers and leaders");

const common = {
  length: (evidence: string): Qualification["length"] => [handbookMonths(evidence), NASUWT_NPQ_LENGTH],
  components: (): Qualification["components"] => stated(handbookComponents("specialist")),
  providerFigures: NOT_STATED_FIELD,
  status: NOT_STATED_FIELD,
};

export const NPQLTD: Qualification = {
  ...courseIdentity("npq-leading-teaching-development", "npq-specialist"),
  summary: [
    fact(
      "Teaches how to become a teacher educator who helps the teachers in a school build their skills.",
      NASUWT.npqs,
      "learn how to become a teacher educator",
    ),
  ],
  audience: [
    forTeachersAndLeaders,
    fact(
      "Teachers who lead, or want to lead, the development of other educators, which may mean all teachers in a school, trainees or newly qualified teachers.",
      HANDBOOK.introductions,
      "responsibility for leading other educators to develop",
      A,
    ),
  ],
  length: common.length("is a 12-month programme for teachers"),
  components: common.components(),
  courseSequence: [handbookSequence(["Teaching", "Teacher learning", "The what", "The how", "Enabling conditions", "Implementation"])],
  providerFigures: common.providerFigures,
  status: common.status,
};

export const NPQLT: Qualification = {
  ...courseIdentity("npq-leading-teaching", "npq-specialist"),
  summary: [
    fact("Teaches how to lead the teaching and learning of a subject, year group or phase.", NASUWT.npqs, "lead the teaching and learning of a subject, year group or phase"),
    fact(
      "Shows what outstanding teaching looks like, so that teachers can use that knowledge to lead well.",
      HANDBOOK.introductions,
      "teachers will discover what outstanding teaching looks like",
      A,
    ),
  ],
  audience: [
    forTeachersAndLeaders,
    fact(
      "Teachers who lead, or want to lead, teaching in a subject, year group, key stage or phase.",
      HANDBOOK.introductions,
      "responsibilities for leading teaching in a subject, year group, key stage or phase",
      A,
    ),
  ],
  length: common.length("In this 12-month programme, teachers will discover"),
  components: common.components(),
  courseSequence: [handbookSequence(["Culture and learning", "Assessment", "Instruction", "Subject and curriculum", "Professional development", "Implementation"])],
  providerFigures: common.providerFigures,
  status: common.status,
};

export const NPQLBC: Qualification = {
  ...courseIdentity("npq-leading-behaviour-culture", "npq-specialist"),
  summary: [
    fact(
      "Teaches how to build a culture of good behaviour and high expectations in which staff and pupils thrive.",
      NASUWT.npqs,
      "create a culture of good behaviour and high expectations",
    ),
    fact(
      "Builds expertise in managing behaviour and in creating a culture where staff and pupils can thrive.",
      HANDBOOK.introductions,
      "participants gain expertise in behaviour management",
      A,
    ),
  ],
  audience: [
    forTeachersAndLeaders,
    fact(
      "Teachers who lead, or want to lead, behaviour or pupil wellbeing.",
      HANDBOOK.introductions,
      "responsibilities for leading behaviour and/or supporting pupil wellbeing",
      A,
    ),
  ],
  length: common.length("is a 12-month long programme"),
  components: common.components(),
  courseSequence: [
    handbookSequence(["Teaching and learning", "Enabling conditions", "Culture", "Supporting all pupils", "Professional development", "Implementation"]),
  ],
  providerFigures: common.providerFigures,
  status: common.status,
};

export const NPQLL: Qualification = {
  ...courseIdentity("npq-leading-literacy", "npq-specialist"),
  summary: [
    fact(
      "Teaches how to teach and promote literacy well across a whole school, year group, key stage or phase.",
      NASUWT.npqs,
      "effectively teach and promote literacy across the whole school",
    ),
    fact(
      "Aims to make teachers experts in literacy and its leadership, so that pupils benefit from the curriculum.",
      HANDBOOK.introductions,
      "help teachers become an expert in literacy and leadership",
      A,
    ),
  ],
  audience: [forTeachersAndLeaders],
  length: common.length("This 12-month programme is designed to help teachers"),
  components: common.components(),
  courseSequence: [
    handbookSequence(["Effective teaching and learning", "Developing language", "Developing reading", "Developing writing", "Implementation", "Professional development"]),
  ],
  providerFigures: common.providerFigures,
  status: common.status,
};

export const NPQLPM: Qualification = {
  ...courseIdentity("npq-leading-primary-mathematics", "npq-specialist"),
  summary: [
    fact("Teaches how to use mastery approaches to lead mathematics teaching in a school.", NASUWT.npqs, "use mastery approaches to lead maths teaching in your school"),
    fact(
      "Covers mathematics teaching for mastery and what leading mathematics well takes: instruction, curriculum, assessment, adaptive teaching, professional development and implementation.",
      HANDBOOK.introductions,
      "excellent mathematics teaching for mastery",
      A,
    ),
  ],
  audience: [
    forTeachersAndLeaders,
    fact(
      "Teachers who lead, or want to lead, mathematics teaching in primary schools.",
      HANDBOOK.introductions,
      "responsibility for leading maths teaching in the primary phase",
      A,
    ),
  ],
  length: common.length("This 12-month programme is for teachers"),
  components: common.components(),
  courseSequence: [handbookSequence(["Culture and learning", "Assessment", "Instruction", "Curriculum", "Professional development", "Implementation"])],
  providerFigures: common.providerFigures,
  status: common.status,
};

export const SPECIALIST_NPQS: readonly Qualification[] = [NPQLTD, NPQLT, NPQLBC, NPQLL, NPQLPM];
