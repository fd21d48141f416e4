// The commits of DfE's npq-registration service that define each rule set.
// Source: funding-rules.md "Sources to cite". We cite the service's behaviour; we do not copy its code.

import { SERVICE_REPOSITORY, serviceBehaviour, type Source } from "./sources.ts";

export const SERVICE_COMMITS = {
  /** Last form of the 2024-25 rules; rule set "2025-04-02". */
  rules2025April: "ae28b0ff7de8d2a90d4987fbd4af5f1727267f26",
  /** The August 2025 rewrite; rule set "2025-08-21". */
  rules2025August: "e3b62ac17c28568e0346adb1ceb189cfddfaf1c1",
  /** Adds the unfunded cohort check (May 2026), applied throughout "2025-08-21". */
  unfundedCohort: "96cc7abc56db4ab674eaabe0a345290718968cf5",
  /** Rule set "2026-06-01". */
  rules2026June: "7885fd2a789cd29cc2a99673a95c98d6ab007e00",
  /** Companion change to "2026-06-01". */
  rules2026JuneFollowUp: "c581127001199220ad95512ad66f518f326421d7",
} as const;

export const service2025April = (what: string): Source => serviceBehaviour(SERVICE_COMMITS.rules2025April, what);
export const service2025August = (what: string): Source => serviceBehaviour(SERVICE_COMMITS.rules2025August, what);
export const serviceUnfundedCohort = (what: string): Source => serviceBehaviour(SERVICE_COMMITS.unfundedCohort, what);
export const service2026June = (what: string): Source => serviceBehaviour(SERVICE_COMMITS.rules2026June, what);
export const service2026JuneFollowUp = (what: string): Source =>
  serviceBehaviour(SERVICE_COMMITS.rules2026JuneFollowUp, what);

/** The commit of the service's code a source cites, or null for another source. */
export function serviceCommitOf(source: Source): string | null {
  const m = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{40})\//.exec(source.href ?? "");
  return m && m[1] === SERVICE_REPOSITORY ? m[2]! : null;
}

/** Every commit of the service a rule set's steps cite (each step's source and its `also`), in step order. */
export function serviceCommitsCitedBy(ruleSet: { readonly steps: readonly { readonly source: Source }[] }): string[] {
  const commits: string[] = [];
  for (const step of ruleSet.steps) {
    for (const source of [step.source, ...(step.source.also ?? [])]) {
      const commit = serviceCommitOf(source);
      if (commit && !commits.includes(commit)) commits.push(commit);
    }
  }
  return commits;
}
