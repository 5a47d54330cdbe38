import type { Kysely } from 'kysely';
import { connect } from '../../db/connect';
import type { Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { DATE_FIELDS } from '../../db/repositories/event-write.repository';
import { deleteSampleArticles, findSourceDates, SAMPLE_OUTLET } from '../../db/repositories/sample.repository';
import { dayRange } from '../../db/vocabulary/date-range';
import { resolveEventDate } from '../../importers/index';
import { UsageError, type Command } from './command';

export interface SamplesRemoved {
  articles: number;
  eventsDeleted: number;
  eventsRedated: number;
}

/**
 * Deletes the fictional sample articles, the events only they stated, and re-dates the events that
 * keep a real source (the sample may have given the date), all in one transaction. Dates an editor
 * set are left as they are.
 */
export async function removeSamples(db: Kysely<Database>): Promise<SamplesRemoved> {
  return db.transaction().execute(async (trx) => {
    const removal = await deleteSampleArticles(trx);
    let redated = 0;
    for (const id of removal.eventsKept) {
      const event = await trx.selectFrom('events').where('id', '=', id).select('edited_fields').executeTakeFirst();
      if (!event || event.edited_fields.some((field) => DATE_FIELDS.includes(field))) continue;
      const sources = await findSourceDates(trx, id);
      const resolved = resolveEventDate(
        sources.map((s) => ({ sourceId: s.id, value: s.date_value, precision: s.date_precision, basis: s.date_basis })),
      );
      const range = resolved.value ? dayRange(resolved.value) : null;
      await trx
        .updateTable('events')
        .set({
          date_value: resolved.value,
          date_precision: resolved.precision,
          date_start: range?.start ?? null,
          date_end: range?.end ?? null,
          date_conflicts: JSON.stringify(resolved.conflicts),
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
      redated += 1;
    }
    return { articles: removal.articles, eventsDeleted: removal.eventsDeleted, eventsRedated: redated };
  });
}

export const samplesCommand: Command = {
  name: 'samples',
  summary: `remove the fictional sample articles (outlet "${SAMPLE_OUTLET}") and the events only they stated`,
  usage: 'timeline samples remove',
  async run(args, config) {
    if (args[0] !== 'remove' || args.length !== 1) throw new UsageError('expected: timeline samples remove');
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      const removed = await removeSamples(handle.db);
      process.stderr.write(
        `removed ${removed.articles} sample articles and ${removed.eventsDeleted} events only they stated; re-dated ${removed.eventsRedated} events that keep other sources\n`,
      );
      return 0;
    } finally {
      await handle.close();
    }
  },
};
