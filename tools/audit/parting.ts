// Where a replay and a recorded status part. The recorded file holds only a status, not the steps
// the service took, so this says which step of the replayed rule set could have given the recorded
// status and how the replay's path relates to it: answered the other way there, never reached it,
// or the rule set has no step that gives that status at all.
import type { Branch, RuleSet, Status, TraceEntry } from "../../rules/index.ts";

const gives = (branch: Branch, status: Status) => typeof branch === "object" && "outcome" in branch && branch.outcome === status;

export function partingOf(ruleSet: RuleSet, trace: readonly TraceEntry[], recorded: Status): string {
  const stepOf = new Map(ruleSet.steps.map((s) => [s.id, s]));
  // Nearest the decision first: the deciding step, then the ones before it.
  for (let i = trace.length - 1; i >= 0; i--) {
    const entry = trace[i]!;
    const step = stepOf.get(entry.step);
    if (!step) continue;
    const other = entry.answer === "yes" ? step.no : step.yes;
    if (gives(other, recorded)) {
      const otherAnswer = entry.answer === "yes" ? "no" : "yes";
      return `At step ${step.number} (${step.question}) the replay answered ${entry.answer}; ${otherAnswer} would have given "${recorded}".`;
    }
  }
  const givers = ruleSet.steps.filter((s) => gives(s.yes, recorded) || gives(s.no, recorded));
  if (givers.length === 0) return `Rule set ${ruleSet.id} has no step that gives "${recorded}".`;
  const taken = new Set(trace.map((t) => t.step));
  const reached = givers.filter((s) => taken.has(s.id));
  if (reached.length > 0) {
    // Reached, but the recorded status needs the same answer the replay gave on a different branch
    // target, or a status from an earlier step: name the step so a reader can compare.
    return `Step ${reached.map((s) => s.number).join(", ")} can give "${recorded}", but not with the answers this application gives.`;
  }
  return `Only step ${givers.map((s) => `${s.number} (${s.question})`).join(" or ")} gives "${recorded}", and the replay's path did not reach it.`;
}
