// Support for new headteachers: the early headship coaching offer (EHCO, seeds 002 and 003) and the
// 2021 additional support offer (ASO, seed 000). Neither is an NPQ, so seed 002's 12-22 month NPQ
// length and seed 003's NPQ components are not applied to them; seed 003 gives the EHCO its own
// length and coaching.
import { ASO_POST, fact, HANDBOOK, NASUWT } from "../citations.ts";
import { NOT_STATED_FIELD } from "../fact.ts";
import { courseIdentity } from "../identity.ts";
import type { Component, Length, Qualification, Status } from "../types.ts";

const A = "ambition-institute" as const;

export const EHCO: Qualification = {
  ...courseIdentity("npq-early-headship-coaching-offer", "support-offer"),
  summary: [
    fact(
      "A package of structured support and networking for teachers early in their headship, offered alongside the NPQs.",
      NASUWT.ehco,
      "a package of structured support and networking opportunities",
    ),
    fact(
      "New heads are helped to diagnose and work on a problem specific to their context, each term.",
      HANDBOOK.introductions,
      "diagnose and practice a 'context specific problem on a termly basis'",
      A,
    ),
    fact("Can be taken alongside the NPQH or after completing it.", HANDBOOK.introductions, "completed alongside the NPQH, or following the completion of the NPQH", A),
  ],
  audience: [
    fact("Heads within the first five years of their first headship post only.", HANDBOOK.introductions, "within the first five years of their first headship post", A),
    fact("In the first five years of headship.", NASUWT.ehco, "be in their first five years of headship"),
    fact(
      "Employed in England in a state-funded school or state-funded 16 to 19 organisation when starting the training.",
      NASUWT.ehco,
      "state-funded school or state-funded 16 to 19 organisation on starting the training",
    ),
    fact("Completed an NPQH before their first headship post, or taking one now.", NASUWT.ehco, "completed an NPQH before taking up their first headship post"),
    fact("Has not withdrawn from the additional support programme before.", NASUWT.ehco, "have not withdrawn from the additional support programme previously"),
  ],
  length: [fact<Length>({ kind: "months", months: 12 }, HANDBOOK.introductions, "During this 12-month support offer", A)],
  components: [
    fact<Component>(
      { kind: "coaching", oneToOne: true, sessions: 3, hoursEach: 1, by: "experienced headteachers" },
      HANDBOOK.introductions,
      "3 x 1-hour coaching sessions from experienced headteachers",
      A,
    ),
    fact<Component>(
      { kind: "coaching", oneToOne: true, protocol: "designed by Ambition" },
      HANDBOOK.coreInputs,
      "coaching is 1:1 and supported by a protocol designed by Ambition",
      A,
    ),
    fact<Component>({ kind: "ehco-activity", activity: "pre- and post-coaching activities" }, HANDBOOK.introductions, "Pre and post coaching activities", A),
    fact<Component>({ kind: "ehco-activity", activity: "matched shadowing opportunities" }, HANDBOOK.introductions, "Carefully matched shadowing opportunities", A),
    fact<Component>(
      { kind: "ehco-activity", activity: "peer communities of practice" },
      HANDBOOK.introductions,
      "Access to peer communities of practice from similar contexts",
      A,
    ),
    fact<Component>(
      { kind: "provider-dependent-activities", mayInclude: ["group coaching", "one-to-one support discussions", "peer network support"] },
      NASUWT.ehco,
      "group coaching, one-to-one support discussions and peer network support",
    ),
  ],
  courseSequence: NOT_STATED_FIELD,
  providerFigures: NOT_STATED_FIELD,
  status: [
    fact<Status>({ kind: "introduced" }, NASUWT.ehco, "an early headship coaching offer has been introduced for new headteachers"),
  ],
};

export const ASO: Qualification = {
  // The rules' course name carries "(2021; no longer offered)"; no seed says it is no longer offered,
  // so the catalogue's name leaves that out and its status gives only what seed 000 states.
  ...courseIdentity("npq-additional-support-offer", "support-offer", "Additional support offer for new headteachers"),
  summary: [
    fact(
      "A targeted package of support for teachers new to headship, introduced alongside the reformed NPQs.",
      ASO_POST.opening,
      "a targeted support package for teachers new to the role of headship",
    ),
  ],
  audience: [
    fact("In the first 24 months of headship.", ASO_POST.eligibility, "are in their first 24 months of headship"),
    fact("Working in a state-funded school in England when starting the training.", ASO_POST.eligibility, "work in a state-funded school in England upon starting the training"),
    fact(
      "Completed an NPQH before their first headship post, or taking one now.",
      ASO_POST.eligibility,
      "have either completed an NPQH before taking up their first headship post",
    ),
    fact("Has not withdrawn from the additional support programme before.", ASO_POST.eligibility, "have not withdrawn from the additional support programme previously"),
  ],
  length: NOT_STATED_FIELD,
  components: NOT_STATED_FIELD,
  courseSequence: NOT_STATED_FIELD,
  providerFigures: NOT_STATED_FIELD,
  status: [
    fact<Status>(
      { kind: "introduced", when: { year: 2021, term: "autumn" } },
      ASO_POST.opening,
      "introducing an additional support offer for new headteachers from autumn 2021",
    ),
  ],
};

export const SUPPORT_OFFERS: readonly Qualification[] = [EHCO, ASO];
