import { ConfigError, readConfig, type Config } from '../db/config';
import { commands } from './commands/index';
import { UsageError } from './commands/command';

/** argv → command. No logic lives here. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`usage: timeline <command> [options]\n\n${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`timeline: unknown command '${name}' (see timeline --help)\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  // The environment is read here, once (db/config.ts): a bad value is one line per variable and exit 1.
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message.split('\n').map((line) => `timeline: ${line}\n`).join('')}`);
    return 1;
  }
  try {
    return await command.run(args, config);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`timeline ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`timeline ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`timeline: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
