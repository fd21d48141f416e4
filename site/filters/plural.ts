// `rows | plural("row")`: "1 row", "5 rows" (common/plural.ts).
export { plural } from "../../common/plural.ts";
