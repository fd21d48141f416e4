// An application for funding, after validation (see parse-application.ts for the JSON form).
// Source: decision-io.md "Application".

import type { CourseId } from "./courses.ts";
import type {
  EligibilityList,
  EmploymentType,
  FundingModel,
  InstitutionKind,
  KindOfNursery,
  WorkSetting,
} from "./vocabulary.ts";

export interface Cohort {
  readonly id: string;
  readonly funding: FundingModel;
}

export interface Institution {
  readonly kind: InstitutionKind;
  readonly urn: string | null;
  readonly ukprn: string | null;
  /** GIAS establishment type code; null when not known (not an eligible type). */
  readonly establishmentTypeCode: string | null;
  readonly lists: readonly EligibilityList[];
}

export interface Application {
  readonly id?: string;
  readonly asOf?: string;
  readonly ruleSet?: string;
  readonly course: CourseId;
  readonly cohort: Cohort;
  readonly worksInEngland: boolean;
  readonly previouslyFunded: boolean;
  readonly workSetting: WorkSetting | null;
  readonly kindOfNursery: KindOfNursery | null;
  readonly institution: Institution | null;
  readonly employmentType: EmploymentType | null;
  readonly approvedIttProvider: boolean;
  readonly referredByReturnToTeachingAdviser: boolean;
  readonly newHeadteacher: boolean;
}

/** The yes/no facts of an application that a step can ask about directly. */
export const APPLICATION_FLAGS = [
  "worksInEngland",
  "previouslyFunded",
  "approvedIttProvider",
  "referredByReturnToTeachingAdviser",
  "newHeadteacher",
] as const;
export type ApplicationFlag = (typeof APPLICATION_FLAGS)[number];
