import { UsageError } from './command';

export const DEFAULT_PORT = 3000;

/** `--port N` (or `--port=N`), else PORT from the environment, else 3000. */
export function parsePort(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  let raw: string | undefined = env.PORT || undefined;
  let source = 'PORT';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') {
      raw = args[++i];
      source = '--port';
      if (raw === undefined) throw new UsageError('--port needs a number');
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
      source = '--port';
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new UsageError(`${source} must be a port number 0-65535, got '${raw}'`);
  return port;
}
