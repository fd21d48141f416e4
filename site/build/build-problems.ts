// Problems in what people wrote, collected across a whole build so that one run reports every post's
// front matter, screenshot, render and link problems together, each with its file and field or line.
// The build goes on past a problem (the post is left out, a screenshot becomes a placeholder) and
// fails at the end, listing them all; warnings are printed and do not fail it.
import { UserInputError } from "../../common/user-error.ts";

export interface BuildProblem {
  /** The file a person would open to fix it, relative to the project: content/posts/... */
  file: string;
  /** Where in it: a field ("related.items.0.href"), a line ("line 12") or an item ("item 3"). */
  where?: string;
  /** What is wrong and what would be right. */
  message: string;
}

function describe(problems: readonly BuildProblem[]): string[] {
  const byFile = new Map<string, BuildProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${file}`);
    for (const problem of list) lines.push(`    - ${problem.where ? `${problem.where}: ` : ""}${problem.message.replaceAll("\n", "\n      ")}`);
  }
  return lines;
}

export class BuildProblemsError extends UserInputError {
  constructor(readonly problems: readonly BuildProblem[]) {
    const files = new Set(problems.map((p) => p.file)).size;
    super(
      [`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (the build reports them all at once):`, ...describe(problems)].join("\n"),
    );
  }
}

export class BuildProblems {
  #errors: BuildProblem[] = [];
  #warnings: BuildProblem[] = [];
  /** Keys of what was reported, so the same problem met twice (a page rendered twice) is listed once. */
  #seen = new Set<string>();

  /** A problem that fails the build (at its end). */
  error(problem: BuildProblem): void {
    if (this.#first(problem, "error")) this.#errors.push(problem);
  }

  /** A problem worth saying that does not fail the build. */
  warn(problem: BuildProblem): void {
    if (this.#first(problem, "warning")) this.#warnings.push(problem);
  }

  #first(problem: BuildProblem, kind: string): boolean {
    const key = `${kind}\0${problem.file}\0${problem.where ?? ""}\0${problem.message}`;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }

  get errors(): readonly BuildProblem[] {
    return this.#errors;
  }

  get warnings(): readonly BuildProblem[] {
    return this.#warnings;
  }

  /** Whether a file has a problem that fails the build. */
  hasErrorsIn(file: string): boolean {
    return this.#errors.some((p) => p.file === file);
  }

  /** Forget everything: a new build under `npm start` reports its own. */
  reset(): void {
    this.#errors = [];
    this.#warnings = [];
    this.#seen.clear();
  }

  /** The warnings as lines for a person, or nothing when there are none. */
  describeWarnings(): string | undefined {
    if (!this.#warnings.length) return undefined;
    const n = this.#warnings.length;
    return [`${n} warning${n === 1 ? "" : "s"} (the site was built; worth fixing):`, ...describe(this.#warnings)].join("\n");
  }

  /** Fail with every error collected so far, if there is any. */
  throwIfAny(): void {
    if (this.#errors.length) throw new BuildProblemsError(this.#errors);
  }
}
