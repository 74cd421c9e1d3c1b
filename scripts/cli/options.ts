// The command line's one table: each command, the arguments it takes and its options. The usage
// text, the parser's configuration and the refusal of an option another command takes are all
// read from here, so a new option is written once (FORMAT.md, "Commands", is the contract).
import { HANDOUT_KINDS } from "../model/handout-kinds.ts";

export type CommandName = "build" | "check" | "draft" | "dev";

interface OptionSpec {
  /** The value's name in the usage ("DIR"); a flag has none. */
  value?: string;
}

interface CommandSpec {
  /** The positional arguments, as the usage names them. */
  args: string;
  /** Whether the arguments may be left out (build and check then take every briefing). */
  argsOptional: boolean;
  /** In the usage's order. */
  options: Record<string, OptionSpec>;
}

const COMMANDS: Record<CommandName, CommandSpec> = {
  build: {
    args: "PATH...",
    argsOptional: true,
    options: {
      out: { value: "DIR" },
      "no-pdf": {},
      pptx: {},
      png: {},
      handout: { value: HANDOUT_KINDS.join("|") },
      strict: {},
      jobs: { value: "N" },
      shard: { value: "I/N" },
    },
  },
  check: { args: "PATH...", argsOptional: true, options: {} },
  draft: { args: "ARTICLE", argsOptional: false, options: { name: { value: "NAME" }, lang: { value: "LANG" }, out: { value: "DIR" } } },
  dev: { args: "PATH", argsOptional: false, options: { port: { value: "N" } } },
};

export const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

/** "npm run draft -- ARTICLE [--name NAME] [--lang LANG] [--out DIR]" */
export function usageLine(command: CommandName): string {
  const { args, argsOptional, options } = COMMANDS[command];
  const rest = [args, ...Object.entries(options).map(([name, { value }]) => `[--${name}${value ? ` ${value}` : ""}]`)].join(" ");
  return argsOptional ? `npm run ${command} [-- ${rest}]` : `npm run ${command} -- ${rest}`;
}

export const USAGE = `usage:
${(Object.keys(COMMANDS) as CommandName[]).map((command) => `  ${usageLine(command)}`).join("\n")}
Options: --debug shows stack traces of internal errors; --help shows this.`;

/** node:util parseArgs's options: every command's, an option with a value as a string. */
export function parserOptions(): Record<string, { type: "string" | "boolean" }> {
  const all: Record<string, { type: "string" | "boolean" }> = {};
  for (const { options } of Object.values(COMMANDS)) {
    for (const [name, { value }] of Object.entries(options)) all[name] = { type: value ? "string" : "boolean" };
  }
  return all;
}

/** The options given that the command does not take, in the order given. */
export function strayOptions(command: CommandName, given: string[]): string[] {
  return given.filter((option) => !Object.hasOwn(COMMANDS[command].options, option));
}
