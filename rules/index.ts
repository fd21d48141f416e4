// The rules module's public face: re-exports only.
export * from "./courses.ts";
export * from "./sources.ts";
export * from "./vocabulary.ts";
export * from "./errors.ts";
export * from "./dates.ts";
export * from "./canonical-json.ts";
export * from "./hash.ts";
export * from "./service-commits.ts";
export * from "./parameters.ts";
export * from "./outcomes.ts";
export * from "./application.ts";
export * from "./conditions.ts";
export * from "./rule-set.ts";
export * from "./rule-sets.ts";
export * from "./decide.ts";
export * from "./parse-application.ts";
export * from "./decide-line.ts";
