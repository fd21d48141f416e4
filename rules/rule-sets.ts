// The rule sets, in order of the day they came into force; each is in force until the day before the
// next one starts. A date before the first is an error, never a fallback (funding-rules.md).

import { COURSES } from "./courses.ts";
import { isIsoDate, previousDay } from "./dates.ts";
import { RulesError } from "./errors.ts";
import { OUTCOMES, type Outcome } from "./outcomes.ts";
import { PARAMETERS, type Parameter } from "./parameters.ts";
import { compileRuleSet, type RuleSet, type RuleSetDefinition } from "./rule-set.ts";
import { RULES_2025_04_02 } from "./rule-sets/rules-2025-04-02.ts";
import { RULES_2025_08_21 } from "./rule-sets/rules-2025-08-21.ts";
import { RULES_2026_06_01 } from "./rule-sets/rules-2026-06-01.ts";

export const RULE_SET_DEFINITIONS: readonly RuleSetDefinition[] = [RULES_2025_04_02, RULES_2025_08_21, RULES_2026_06_01];

/** Compile definitions in date order; exposed so tests can compile altered copies. */
export function compileRuleSets(
  definitions: readonly RuleSetDefinition[],
  parameters: readonly Parameter[] = PARAMETERS,
  outcomes: Readonly<Record<string, Outcome>> = OUTCOMES,
): readonly RuleSet[] {
  const ordered = [...definitions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  ordered.forEach((d, i) => {
    if (!isIsoDate(d.validFrom)) throw new RulesError("invalid_definition", `Rule set "${d.id}": validFrom "${d.validFrom}" is not a date`);
    if (i > 0 && ordered[i - 1]!.validFrom === d.validFrom) {
      throw new RulesError("invalid_definition", `Rule sets "${ordered[i - 1]!.id}" and "${d.id}" start on the same day`);
    }
  });
  return ordered.map((d, i) => {
    const next = ordered[i + 1];
    return compileRuleSet(d, { parameters, outcomes, courses: COURSES, validTo: next ? previousDay(next.validFrom) : null });
  });
}

export const RULE_SETS: readonly RuleSet[] = compileRuleSets(RULE_SET_DEFINITIONS);

export const RULE_SET_IDS: readonly string[] = RULE_SETS.map((r) => r.id);

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** The rule set in force on a date; throws RulesError no_rule_set_in_force before the first. */
export function ruleSetInForce(asOf: string, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  if (!isIsoDate(asOf)) {
    throw new RulesError("invalid_date", `asOf ${JSON.stringify(asOf)} is not a date; expected YYYY-MM-DD, e.g. "2025-09-01"`);
  }
  let found: RuleSet | undefined;
  for (const r of ruleSets) if (r.validFrom <= asOf) found = r;
  if (!found) {
    throw new RulesError(
      "no_rule_set_in_force",
      `No rule set is in force on ${asOf}; the first, "${ruleSets[0]?.id}", starts on ${ruleSets[0]?.validFrom}`,
    );
  }
  return found;
}
