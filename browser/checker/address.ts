// The checker's answers as the query string of its address, and back. Pure: runs in the browser
// bundle and in tests.
//
// An address is read the way a reader answers: from no answers, the question the rules ask next takes
// its answer from the address if the address has a valid one, and so on until a question has none.
// So an address always gives the same questions, answers and result; a parameter no question asked
// (a stale or edited link), or a value that is not one of the question's options, is left out.
import { dateError, nextStep, type Answers } from "./questions.ts";

export function answersFromQuery(search: string): Answers {
  const given = new URLSearchParams(search);
  const answers: Record<string, string> = {};
  for (;;) {
    const step = nextStep(answers);
    if (step.kind !== "question") return answers;
    const q = step.question;
    const value = given.get(q.id);
    if (value === null) return answers;
    const valid = q.kind === "date" ? /^\d{4}-\d{2}-\d{2}$/.test(value) && dateError(value) === null : q.options.some((o) => o.value === value);
    if (!valid) return answers;
    answers[q.id] = value;
  }
}

/** "?date=2026-07-01&course=npq-headship&list:rise=yes", in the order given; "" for no answers. */
export function queryOf(answers: Answers): string {
  // Colons in the question ids read better unescaped, and are allowed in a query.
  const query = new URLSearchParams(Object.entries(answers)).toString().replace(/%3A/g, ":");
  return query ? `?${query}` : "";
}
