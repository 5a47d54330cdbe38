import { Migrator, type Migration } from 'kysely';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { migrations } from '../../db/migrations';

/** A database that ran a later migration before an earlier-numbered one was merged still migrates. */
describe('migrations merged out of order', () => {
  it('runs 0003 on a database that already ran 0004', async () => {
    const handle = await connect({ dataDir: 'memory://' });
    try {
      // The database as of 0004 without 0003 (later migrations may build on 0003's tables: 0011 points at api_keys).
      const without: Record<string, Migration> = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== '0003_curation' && name < '0005'));
      const early = new Migrator({ db: handle.db, provider: { getMigrations: async () => without } });
      const { error } = await early.migrateToLatest();
      expect(error).toBeUndefined();
      const ran = await migrateToLatest(handle.db);
      expect(ran).toEqual(Object.keys(migrations).filter((name) => name === '0003_curation' || name >= '0005'));
      expect(await handle.db.selectFrom('api_keys').select('id').execute()).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
