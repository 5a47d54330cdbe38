import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { backupTables, exportDatabase } from '../../importers/index';
import { UsageError, type Command } from './command';

/** Backup formats; JSON lines is the one restore reads. */
const FORMATS = ['jsonl'];

function parse(args: string[]): { format: string; output: string | null } {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, options: { format: { type: 'string', default: 'jsonl' }, output: { type: 'string', short: 'o' } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { format, output } = parsed.values;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  return { format, output: output ?? null };
}

/** A line writer that honours backpressure, so a large export never buffers in memory. */
function lineWriter(stream: NodeJS.WritableStream): (line: string) => Promise<void> {
  return async (line) => {
    if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'back up every article, event, source and curation record as JSON lines (restore reads it)',
  usage: 'timeline export [--format jsonl] [--output FILE]   (stdout without --output)',
  async run(args, config) {
    const { output } = parse(args);
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      if (!output) {
        const counts = await exportDatabase(handle.db, lineWriter(process.stdout));
        process.stderr.write(`exported ${summary(counts)}\n`);
        return 0;
      }
      // Written beside the target and renamed when complete: a crash never leaves a half file under the real name.
      const partial = `${output}.partial`;
      const stream = createWriteStream(partial);
      try {
        const counts = await exportDatabase(handle.db, lineWriter(stream));
        stream.end();
        await once(stream, 'finish');
        await rename(partial, output);
        process.stderr.write(`exported ${summary(counts)} to ${output}\n`);
        return 0;
      } catch (error) {
        stream.destroy();
        await rm(partial, { force: true });
        throw error;
      }
    } finally {
      await handle.close();
    }
  },
};

/** "8 articles, 12 events, …": counts by kind, named by their tables. */
export function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${n} ${backupTables.find((t) => t.kind === kind)?.table ?? kind}`)
    .join(', ');
}
