// One error type for the whole module, so callers can switch on a code rather than parse messages.
// The codes a decision can end in are those of decision-io.md "Error"; the others are definition
// errors (bad rule data), which are bugs in rules/ and surface at load time or in tests.

export const DECISION_ERROR_CODES = [
  "invalid_json",
  "invalid_input",
  "unknown_rule_set",
  "no_rule_set_in_force",
  "missing_mandatory_institution",
] as const;
export type DecisionErrorCode = (typeof DECISION_ERROR_CODES)[number];

export type RulesErrorCode = DecisionErrorCode | "no_parameter_value" | "invalid_definition" | "invalid_date";

export interface ErrorInfo {
  readonly code: DecisionErrorCode;
  readonly message: string;
}

export class RulesError extends Error {
  readonly code: RulesErrorCode;
  constructor(code: RulesErrorCode, message: string) {
    super(message);
    this.name = "RulesError";
    this.code = code;
  }
}
