// An error in what a person wrote (a post, a screenshot, an input file), as opposed to a bug.
// Its message already names the file, the field or item, the value and what would be right, so
// the build prints it alone instead of Eleventy's wrapped stack traces.
export class UserInputError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Walk an error's wrapped causes (Eleventy's originalError, Nunjucks' and ES cause). */
export function* errorChain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || seen.has(e)) continue;
    seen.add(e);
    yield e;
    if (typeof e === "object") {
      const { originalError, cause } = e as { originalError?: unknown; cause?: unknown };
      queue.push(originalError, cause);
    }
  }
}

export function findUserInputError(error: unknown): Error | undefined {
  for (const e of errorChain(error)) {
    if (e && typeof e === "object" && (e as { userFacing?: boolean }).userFacing === true) return e as Error;
  }
  return undefined;
}
