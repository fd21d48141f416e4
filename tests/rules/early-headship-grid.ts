// Applicants for the early headship rules that between them meet and fail every criterion in every
// way: each headship start around both offers' period ends, each NPQH stage with a completion date
// before, on and after the headship began, each workplace, England or not, withdrawn or not.
import { HEADSHIP_WORKPLACES, NPQH_STAGES, type EarlyHeadshipApplicant } from "../../rules/index.ts";

export const GRID_TRAINING_STARTS = "2025-09-01";

export function earlyHeadshipGrid(): EarlyHeadshipApplicant[] {
  const headshipStarts = [null, "2025-09-01", "2026-01-01", "2023-09-01", "2023-09-02", "2020-09-01", "2020-09-02", "2015-01-01"];
  const out: EarlyHeadshipApplicant[] = [];
  for (const firstHeadshipStarted of headshipStarts) {
    const completions = [null, "2010-01-01", firstHeadshipStarted, "2025-08-31"];
    for (const npqhStage of NPQH_STAGES)
      for (const npqhCompletedOn of npqhStage === "completed_npqh" ? completions : [null])
        for (const workplace of HEADSHIP_WORKPLACES)
          for (const worksInEngland of [true, false])
            for (const withdrawnFromAdditionalSupportBefore of [false, true])
              out.push({ firstHeadshipStarted, trainingStarts: GRID_TRAINING_STARTS, worksInEngland, workplace, npqhStage, npqhCompletedOn, withdrawnFromAdditionalSupportBefore });
  }
  return out;
}
