import type { Config } from '../../db/config';

/** A CLI sub-command: `npx timeline <name> …`. Each lives in its own file and is listed in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `timeline --help`. */
  summary: string;
  /** Full usage text, printed by `timeline <name> --help` and on a usage error. */
  usage: string;
  /** Runs with the arguments after the command name and the settings read at startup (db/config.ts); resolves to the exit status. */
  run(args: string[], config: Config): Promise<number>;
}

/** Thrown for bad command-line arguments: the CLI prints the message and the usage, exit status 2. */
export class UsageError extends Error {}
