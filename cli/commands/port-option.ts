import { UsageError } from './command';

/** `--port N` (or `--port=N`), else `fallback` (PORT from the environment, 3000 unset: db/config.ts). */
export function parsePort(args: string[], fallback: number): number {
  let raw: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') {
      raw = args[++i];
      if (raw === undefined) throw new UsageError('--port needs a number');
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new UsageError(`--port must be a port number 0-65535, got '${raw}'`);
  return port;
}
