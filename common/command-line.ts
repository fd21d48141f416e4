// Command-line parsing shared by the scripts in scripts/: node's own parseArgs, with errors that name
// the argument and say what is right, and `--help` handled the same way everywhere.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserInputError } from "./user-error.ts";

export class UsageError extends UserInputError {}

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  help: boolean;
  /** Arguments that are not options (a file, a folder), when the command takes them. */
  positionals: string[];
}

/**
 * Parse `argv` (without node and the script); unknown options and missing values are UsageErrors.
 * `maxPositionals` is how many plain arguments the command takes (none unless it says).
 */
export function parseCommandLine(argv: readonly string[], options: Options, command: string, maxPositionals = 0): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > maxPositionals) {
      throw new UsageError(`Unexpected argument "${positionals[maxPositionals]}"; options start with "--" (see ${command} -- --help)`);
    }
    const { help, ...rest } = values as Record<string, string | boolean | undefined>;
    return { values: rest, help: Boolean(help), positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs says e.g. "Option '--title <value>' argument missing" or "Unknown option '--titel'".
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, "")}; see ${command} -- --help`);
  }
}

/** Run a script's main function: print a UserInputError's message alone and exit 2, anything else with its stack and exit 1. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if ((error as { userFacing?: boolean }).userFacing) {
      console.error(`Error: ${(error as Error).message}`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
