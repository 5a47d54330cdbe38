import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { listWebhookSubscriptions } from '../../db/repositories/subscription.repository';
import { findTimelinePage } from '../../db/repositories/timeline.repository';
import { deleteChanges, findPendingChanges, insertDeliveries, tryDispatcherLock, type EventChange, type NewDelivery } from '../../db/repositories/webhook-delivery.repository';
import { buildFilter } from '../services/timeline-filter.service';
import { toTimelineEvent } from '../services/timeline.service';
import { newMessageId } from './signature';
import { parseSavedQuery } from './subscription-query';

/** Events per message: a larger write (a big import batch) becomes several messages. */
export const EVENTS_PER_MESSAGE = 100;

/** One transaction's changes: the unit of "one delivery per import or edit". */
interface ChangeGroup {
  at: Date;
  added: Set<number>;
  changed: Set<number>;
}

/**
 * Turns the outbox (event_changes, filled by triggers on events) into deliveries, in one transaction
 * under the dispatcher lock: for each write (one transaction id) and each active subscription with a
 * webhook that existed when the write ran, the changed events that match its query (the timeline's own
 * filter, narrowed to those ids) become one message, its body fixed now so every retry sends the same
 * bytes. Returns how many deliveries it queued. Writes the outbox saw before any subscription matter to
 * nobody and are dropped with the rest.
 */
export async function dispatchChanges(db: Kysely<Database>, maxChanges = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await tryDispatcherLock(trx))) return 0;
    const changes = await findPendingChanges(trx, maxChanges);
    if (changes.length === 0) return 0;
    // A saved query that no longer parses (a vocabulary word since removed) matches nothing; it must not
    // stop every other subscription's deliveries.
    const subscriptions = (await listWebhookSubscriptions(trx)).flatMap((row) => {
      try {
        return [{ row, filters: parseSavedQuery(row.query).filters }];
      } catch {
        return [];
      }
    });
    const deliveries: NewDelivery[] = [];
    for (const group of groupByTransaction(changes)) {
      const ids = [...new Set([...group.added, ...group.changed])];
      for (const { row: subscription, filters } of subscriptions) {
        if (subscription.created_at > group.at) continue;
        const filter = { ...(await buildFilter(trx, filters)), ids };
        const rows = await findTimelinePage(trx, { filter, sort: 'asc', after: null, limit: ids.length });
        for (let start = 0; start < rows.length; start += EVENTS_PER_MESSAGE) {
          const events = rows.slice(start, start + EVENTS_PER_MESSAGE).map(toTimelineEvent);
          const eventIds = events.map((e) => e.id);
          const payload = JSON.stringify({
            type: 'timeline.events',
            timestamp: new Date().toISOString(),
            data: {
              subscription_id: subscription.id,
              added: eventIds.filter((id) => group.added.has(id)),
              changed: eventIds.filter((id) => !group.added.has(id)),
              events,
            },
          });
          deliveries.push({ subscription_id: subscription.id, message_id: newMessageId(), payload, event_ids: eventIds });
        }
      }
    }
    await insertDeliveries(trx, deliveries);
    await deleteChanges(trx, changes.map((c) => c.id));
    return deliveries.length;
  });
}

function groupByTransaction(changes: readonly EventChange[]): ChangeGroup[] {
  const groups = new Map<number, ChangeGroup>();
  for (const change of changes) {
    const group = groups.get(change.txid) ?? { at: change.at, added: new Set<number>(), changed: new Set<number>() };
    for (const id of change.event_ids) (change.kind === 'added' ? group.added : group.changed).add(id);
    groups.set(change.txid, group);
  }
  return [...groups.values()];
}
