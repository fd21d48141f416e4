// Where the decision maps are: one a rule set, and one a pair of consecutive rule sets.
export const mapUrl = (ruleSetId: string) => `/rules/${ruleSetId}/map/`;
export const changesMapUrl = (beforeId: string, afterId: string) => `/rules/changes/${beforeId}-to-${afterId}/map/`;
