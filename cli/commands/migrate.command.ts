import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { Command } from './command';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'bring the database schema up to date (PGlite in TIMELINE_DATA_DIR, or DATABASE_URL)',
  usage: 'timeline migrate',
  async run(_args, config) {
    const handle = await connect(config.database);
    try {
      const applied = await migrateToLatest(handle.db);
      process.stderr.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
      return 0;
    } finally {
      await handle.close();
    }
  },
};
