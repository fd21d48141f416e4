// The NPQ catalogue: typed facts about each qualification, each with its source. Re-exports only.
export * from "./fact.ts";
export * from "./types.ts";
export * from "./qualifications.ts";
export * from "./format.ts";
export { slugForCode } from "./identity.ts";
export * from "./glossary.ts";
