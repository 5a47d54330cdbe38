import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { findArticleIdsByHash, insertArticlesIfNew } from '../../../db/repositories/article.repository';
import { ensureCompanies, linkEventCompanies, upsertCompanies } from '../../../db/repositories/company.repository';
import {
  findMergeCandidates,
  insertEvents,
  insertEventSources,
  lockMergeKeys,
  updateMergedEvents,
} from '../../../db/repositories/event-write.repository';
import { capturingDb } from '../../support/sql-capture';

/**
 * The SQL each import query compiles to, against a committed snapshot: a change to a query shows up in
 * review as a SQL diff. No database: a dummy driver returns no rows.
 */

const queries: Array<[string, (db: Kysely<Database>) => Promise<unknown>]> = [
  ['insertArticlesIfNew', (db) => insertArticlesIfNew(db, [{ content_hash: 'h', title: 't', text: 'x', url: null, outlet: null, published: null, source_file: 'a.txt' }])],
  ['findArticleIdsByHash', (db) => findArticleIdsByHash(db, ['h'])],
  ['upsertCompanies', (db) => upsertCompanies(db, [{ name: 'TikTok', aliases: ['Tik Tok'], parent: 'ByteDance' }, { name: 'ByteDance', aliases: [], parent: null }])],
  ['ensureCompanies', (db) => ensureCompanies(db, ['Oracle', 'TikTok'])],
  ['linkEventCompanies', (db) => linkEventCompanies(db, [{ eventId: 1, company: 'TikTok' }, { eventId: 2, company: 'Oracle' }])],
  ['lockMergeKeys', (db) => lockMergeKeys(db, ['US/ban', 'GB/device_ban', 'US/ban'])],
  [
    'findMergeCandidates',
    (db) =>
      findMergeCandidates(db, [
        { jurisdiction: 'US', types: ['data_governance', 'investigation'], window: { start: '2022-03-01', end: '2022-09-30' } },
        { jurisdiction: null, types: ['incident'], window: null },
      ]),
  ],
  [
    'insertEvents',
    (db) =>
      insertEvents(db, [
        { date_value: '2022-06', date_precision: 'month', date_start: '2022-06-01', date_end: '2022-06-30', jurisdiction: 'US', type: 'data_governance', status: null, title: 't', confidence: 0.8, date_conflicts: '[]' },
      ]),
  ],
  [
    'insertEventSources',
    (db) =>
      insertEventSources(db, [
        { event_id: 1, article_id: 1, quote: 'q', quote_start: 0, quote_end: 1, date_value: null, date_precision: null, date_basis: 'reported', status: null, confidence: 0.5 },
      ]),
  ],
  [
    'updateMergedEvents',
    (db) =>
      updateMergedEvents(db, [
        { id: 1, date_value: '2022-06', date_precision: 'month', date_start: '2022-06-01', date_end: '2022-06-30', date_conflicts: '[]', status: 'in_force', confidence: 0.9, first_published: '2022-06-03' },
      ]),
  ],
];

describe('import repository SQL', () => {
  it.each(queries)('%s', async (_name, run) => {
    const { db, queries: compiled } = capturingDb();
    await run(db);
    expect(compiled.map((query) => query.sql.replace(/\s+/g, ' ').trim())).toMatchSnapshot();
  });
});
