// A qualification's identity (id, code, name, slug) comes from the rules' course vocabulary, so the
// catalogue never types a course code or name twice.
import { courseById, type CourseId } from "../rules/courses.ts";
import type { Qualification, QualificationKind } from "./types.ts";

type Identity = Pick<Qualification, "id" | "courseId" | "code" | "name" | "called" | "kind" | "slug">;

/** The page slug for a code: its lower-case form ("NPQH" -> "npqh"). */
export function slugForCode(code: string): string {
  return code.toLowerCase();
}

/** How a sentence names a qualification: "NPQ for headship" for an NPQ, its name otherwise. */
function calledFor(kind: QualificationKind, name: string): string {
  return kind === "npq-leadership" || kind === "npq-specialist" ? `NPQ for ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
}

/** `called` overrides how a sentence names it, where "NPQ for" and the name would name a person. */
export function courseIdentity(courseId: CourseId, kind: QualificationKind, name?: string, called?: string): Identity {
  const course = courseById(courseId);
  if (!course) throw new Error(`catalogue: course id "${courseId}" is not in rules/courses.ts COURSES`);
  const shown = name ?? course.name;
  return { id: course.id, courseId: course.id, code: course.code, name: shown, called: called ?? calledFor(kind, shown), kind, slug: slugForCode(course.code) };
}
