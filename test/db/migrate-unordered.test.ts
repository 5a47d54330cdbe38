import { Migrator, type Migration } from 'kysely';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { migrations } from '../../db/migrations';

/** A database that ran a later migration before an earlier-numbered one was merged still migrates. */
describe('migrations merged out of order', () => {
  it('runs 0003 on a database that already ran 0004', async () => {
    const handle = await connect({ dataDir: 'memory://' });
    try {
      const without: Record<string, Migration> = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== '0003_curation'));
      const early = new Migrator({ db: handle.db, provider: { getMigrations: async () => without } });
      const { error } = await early.migrateToLatest();
      expect(error).toBeUndefined();
      expect(await migrateToLatest(handle.db)).toEqual(['0003_curation']);
      expect(await handle.db.selectFrom('api_keys').select('id').execute()).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
