// A qualification's identity (id, code, name, slug) comes from the rules' course vocabulary, so the
// catalogue never types a course code or name twice.
import { courseById, type CourseId } from "../rules/courses.ts";
import type { Qualification, QualificationKind } from "./types.ts";

type Identity = Pick<Qualification, "id" | "courseId" | "code" | "name" | "kind" | "slug">;

/** The page slug for a code: its lower-case form ("NPQH" -> "npqh"). */
export function slugForCode(code: string): string {
  return code.toLowerCase();
}

export function courseIdentity(courseId: CourseId, kind: QualificationKind, name?: string): Identity {
  const course = courseById(courseId);
  if (!course) throw new Error(`catalogue: course id "${courseId}" is not in rules/courses.ts COURSES`);
  return { id: course.id, courseId: course.id, code: course.code, name: name ?? course.name, kind, slug: slugForCode(course.code) };
}
