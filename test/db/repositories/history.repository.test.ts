import { appendHistoryRows, listHistoryRows, type HistoryTable } from '../../../db/repositories/history.repository';
import { openTestDatabase, type TestDatabase } from '../../support/databases';

/**
 * One history repository serves event_history and policy_history: each table's rows are keyed by its
 * own subject column, so the same id in the two tables names two different trails.
 */
describe('history repository over both history tables', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each<HistoryTable>(['event_history', 'policy_history'])('%s: appends in one call and lists one subject oldest first, JSON back as objects', async (table) => {
    await appendHistoryRows(db.db, table, [
      { subjectId: 7, action: 'edit', keyLabel: 'ed', before: { title: 'a' }, after: { title: 'b' } },
      { subjectId: 8, action: 'create', keyLabel: 'ed', before: null, after: { title: 'x' } },
      { subjectId: 7, action: 'merged_into', keyLabel: 'ed', before: { title: 'b' }, after: null },
    ]);
    const seven = await listHistoryRows(db.db, table, 7);
    expect(seven.map((e) => [e.action, e.key_label, e.before, e.after])).toEqual([
      ['edit', 'ed', { title: 'a' }, { title: 'b' }],
      ['merged_into', 'ed', { title: 'b' }, null],
    ]);
    expect(seven[0]!.id).toBeLessThan(seven[1]!.id);
    expect(seven[0]!.at).toBeInstanceOf(Date);
    expect(Object.keys(seven[0]!).sort()).toEqual(['action', 'after', 'at', 'before', 'id', 'key_label']);
  });

  it('keeps the two tables apart: the same id names two trails', async () => {
    await appendHistoryRows(db.db, 'event_history', [{ subjectId: 42, action: 'verify', keyLabel: 'ed', before: { verified: false }, after: { verified: true } }]);
    await appendHistoryRows(db.db, 'policy_history', [{ subjectId: 42, action: 'rename', keyLabel: 'ed', before: { name: 'a' }, after: { name: 'b' } }]);
    expect((await listHistoryRows(db.db, 'event_history', 42)).map((e) => e.action)).toEqual(['verify']);
    expect((await listHistoryRows(db.db, 'policy_history', 42)).map((e) => e.action)).toEqual(['rename']);
  });

  it('writes nothing for no entries', async () => {
    await appendHistoryRows(db.db, 'policy_history', []);
    expect(await listHistoryRows(db.db, 'policy_history', 99)).toEqual([]);
  });
});
