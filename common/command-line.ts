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

export interface CommandLineSpec {
  /** How the command is run, for messages: "npm run audit". */
  command: string;
  /** The prefix of its error lines, as the script's own messages have it: "audit". */
  name?: string;
  help: string;
  options: Options;
  /** How many plain arguments it takes (a file, a folder). */
  positionals?: number;
}

/**
 * Parse a script's arguments as every script here does: `--help` prints the help and exits 0; a
 * mistake prints one line naming the argument and what is right, and exits 2.
 */
export function commandLineOrExit(argv: readonly string[], spec: CommandLineSpec): ParsedCommandLine {
  try {
    const parsed = parseCommandLine(argv, spec.options, spec.command, spec.positionals ?? 0);
    if (parsed.help) {
      console.log(spec.help);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${spec.name ? `${spec.name}: ` : ""}${error.message}\n`);
    process.exit(2);
  }
}

/** A whole-number option (`--posts 1000`): its value, `fallback` when it is absent, a UsageError when it is not a whole number of at least `min`. */
export function wholeNumberOption(values: ParsedCommandLine["values"], name: string, fallback: number, min = 1): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== "string" || !Number.isInteger(value) || value < min) throw new UsageError(`--${name} needs a whole number of at least ${min}, e.g. --${name} ${fallback}; got ${JSON.stringify(raw)}`);
  return value;
}
