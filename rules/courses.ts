// The course vocabulary shared by the rules and the catalogue.
// Source: funding-rules.md "Vocabulary / Courses" (the service's course identifiers).

export const COURSE_GROUPS = ["leadership", "specialist", "ehco", "support"] as const;
export type CourseGroup = (typeof COURSE_GROUPS)[number];

export const COURSES = [
  { id: "npq-senior-leadership", code: "NPQSL", name: "Senior leadership", group: "leadership" },
  { id: "npq-headship", code: "NPQH", name: "Headship", group: "leadership" },
  { id: "npq-executive-leadership", code: "NPQEL", name: "Executive leadership", group: "leadership" },
  { id: "npq-early-years-leadership", code: "NPQEYL", name: "Early years leadership", group: "leadership" },
  { id: "npq-senco", code: "NPQSENCO", name: "Special educational needs co-ordinator", group: "leadership" },
  { id: "npq-leading-teaching-development", code: "NPQLTD", name: "Leading teacher development", group: "specialist" },
  { id: "npq-leading-teaching", code: "NPQLT", name: "Leading teaching", group: "specialist" },
  { id: "npq-leading-behaviour-culture", code: "NPQLBC", name: "Leading behaviour and culture", group: "specialist" },
  { id: "npq-leading-literacy", code: "NPQLL", name: "Leading literacy", group: "specialist" },
  { id: "npq-leading-primary-mathematics", code: "NPQLPM", name: "Leading primary mathematics", group: "specialist" },
  { id: "npq-early-headship-coaching-offer", code: "EHCO", name: "Early headship coaching offer", group: "ehco" },
  {
    id: "npq-additional-support-offer",
    code: "ASO",
    name: "Additional support offer for new headteachers (2021; no longer offered)",
    group: "support",
  },
] as const satisfies readonly { id: string; code: string; name: string; group: CourseGroup }[];

export type Course = (typeof COURSES)[number];
export type CourseId = Course["id"];
export type CourseCode = Course["code"];

export const COURSE_IDS: readonly CourseId[] = COURSES.map((c) => c.id);

export function courseById(id: string): Course | undefined {
  return COURSES.find((c) => c.id === id);
}
