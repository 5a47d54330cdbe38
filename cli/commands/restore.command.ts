import { createReadStream } from 'node:fs';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { readLines, restoreDatabase, RestoreError } from '../../importers/index';
import { UsageError, type Command } from './command';
import { summary } from './export.command';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a `timeline export` file into an empty database (all or nothing)',
  usage: 'timeline restore FILE.jsonl   (- for stdin)',
  async run(args, config) {
    if (args.length !== 1 || args[0]!.startsWith('--')) throw new UsageError('name exactly one FILE.jsonl written by timeline export');
    const file = args[0]!;
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      const input = file === '-' ? process.stdin : createReadStream(file);
      try {
        const counts = await restoreDatabase(handle.db, readLines(input));
        process.stderr.write(`restored ${summary(counts)} from ${file}\n`);
        return 0;
      } catch (error) {
        const reason = error instanceof RestoreError ? error.message : `could not be read (${error instanceof Error ? error.message : String(error)})`;
        process.stderr.write(`timeline restore: ${file}: ${reason}; nothing was restored\n`);
        return 1;
      }
    } finally {
      await handle.close();
    }
  },
};
