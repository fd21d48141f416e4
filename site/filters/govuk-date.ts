// `date | govukDate`: "10 September 2021" (rules/dates.ts: the one way the project writes a date).
export { formatDate as govukDate } from "../../rules/dates.ts";
