import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { EventStatus, EventType, Precision } from '../../db/vocabulary/taxonomy';

/**
 * One shared fixture database for the server tests, with the edge cases side by side: every date
 * precision, undated events, ties on the same day, a retracted event, parents and brands, an alias,
 * subdivisions, EU members, multi-source events and a date conflict. The prose is written for these
 * tests (not taken from any article).
 */
export interface FixtureEvent {
  key: string;
  date: string | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  companies: string[];
  /** Quotes, each placed in the article with that key. */
  quotes: { article: string; text: string; date?: string }[];
  retracted?: boolean;
  verified?: boolean;
  conflicts?: { value: string; precision: Precision; basis: string }[];
}

export const FIXTURE_COMPANIES: { name: string; aliases?: string[]; parent?: string }[] = [
  { name: 'ByteDance' },
  { name: 'TikTok', parent: 'ByteDance' },
  { name: 'Meta' },
  { name: 'Instagram', parent: 'Meta' },
  { name: 'Huawei' },
  { name: 'X', aliases: ['Twitter'] },
];

export const FIXTURE_ARTICLES: { key: string; title: string; outlet: string; published: string; url: string }[] = [
  { key: 'wire', title: 'Governments move against a video app', outlet: 'Example Wire', published: '2023-03-20', url: 'https://news.example/wire/1' },
  { key: 'daily', title: 'A year of app restrictions, reviewed', outlet: 'The Example Daily', published: '2023-12-30', url: 'https://daily.example/review' },
  { key: 'gazette', title: 'Hearings, probes & "quotes", in brief', outlet: 'Gazette, Inc.', published: '2021-07-01', url: 'https://gazette.example/brief?a=1&b=2' },
];

export const FIXTURE_EVENTS: FixtureEvent[] = [
  { key: 'cfius', date: '2019', jurisdiction: 'US', type: 'investigation', status: 'ongoing', title: 'Review of a social video acquisition begins', companies: ['ByteDance'], quotes: [{ article: 'gazette', text: 'In 2019 a federal panel began reviewing the purchase of a lip-sync app.' }] },
  { key: 'order', date: '2020-08-06', jurisdiction: 'US', type: 'executive_action', status: 'announced', title: 'Executive order targets TikTok transactions', companies: ['TikTok'], quotes: [{ article: 'gazette', text: 'On August 6, 2020 the president signed an order aimed at the video platform.' }] },
  { key: 'revoke', date: '2021-06-09', jurisdiction: 'US', type: 'executive_action', status: 'rescinded', title: 'Earlier orders on the app are revoked', companies: ['TikTok'], quotes: [{ article: 'gazette', text: 'The earlier orders were withdrawn on June 9, 2021.' }] },
  { key: 'texas', date: '2022-12-07', jurisdiction: 'US-TX', type: 'device_ban', status: 'enacted', title: 'Texas bars the app from state phones', companies: ['TikTok'], quotes: [{ article: 'daily', text: 'Texas barred the app from state-issued phones on December 7, 2022.' }] },
  { key: 'federal', date: '2022-12', jurisdiction: 'US', type: 'device_ban', status: 'enacted', title: 'Federal devices barred from TikTok', companies: ['TikTok'], verified: true, quotes: [{ article: 'daily', text: 'Congress barred the app from federal devices in December 2022.' }, { article: 'wire', text: 'Federal workers lost access on their phones late in 2022.', date: '2022' }], conflicts: [{ value: '2023-01', precision: 'month', basis: 'relative' }] },
  { key: 'commission', date: '2023-02-23', jurisdiction: 'EU', type: 'device_ban', status: 'announced', title: 'Commission staff told to remove TikTok', companies: ['TikTok'], quotes: [{ article: 'wire', text: 'On February 23, 2023 the Commission told staff to delete the application.' }] },
  { key: 'canada', date: '2023-02-27', jurisdiction: 'CA', type: 'device_ban', status: 'enacted', title: 'Canada removes the app from government phones', companies: ['TikTok'], quotes: [{ article: 'wire', text: 'Canada followed on February 27, 2023.' }] },
  { key: 'denmark', date: '2023-03', jurisdiction: 'DK', type: 'device_ban', status: 'enacted', title: 'Danish defence ministry bans the app on work phones', companies: ['TikTok'], quotes: [{ article: 'wire', text: 'In March 2023 the Danish defence ministry banned it on work phones.' }] },
  { key: 'uk', date: '2023-03-16', jurisdiction: 'GB', type: 'device_ban', status: 'enacted', title: 'UK bans TikTok on government phones', companies: ['TikTok'], quotes: [{ article: 'wire', text: 'Britain banned it on government phones on March 16, 2023.' }] },
  { key: 'belgium', date: '2023-03-16', jurisdiction: 'BE', type: 'device_ban', status: 'enacted', title: 'Belgium suspends the app on federal phones', companies: ['TikTok'], quotes: [{ article: 'wire', text: 'Belgium suspended it the same day, March 16, 2023.' }] },
  { key: 'onlinesafety', date: '2023', jurisdiction: 'GB', type: 'legislation', status: 'enacted', title: 'Online safety law passes', companies: [], quotes: [{ article: 'daily', text: 'An online safety law passed in 2023 after years of debate.' }] },
  { key: 'montana', date: '2023-05-17', jurisdiction: 'US-MT', type: 'ban', status: 'enacted', title: 'Montana enacts statewide TikTok ban', companies: ['TikTok'], quotes: [{ article: 'daily', text: 'Montana enacted a statewide ban on May 17, 2023; a court later blocked it.' }] },
  { key: 'xprobe', date: '2023-12-18', jurisdiction: 'EU', type: 'investigation', status: 'ongoing', title: 'Formal proceedings opened against X', companies: ['X'], quotes: [{ article: 'daily', text: 'Brussels opened formal proceedings against Twitter, now X, on December 18, 2023.' }] },
  { key: 'retracted', date: '2023-01-01', jurisdiction: 'US', type: 'ban', status: 'enacted', title: 'A nationwide ban that never happened', companies: ['TikTok'], retracted: true, quotes: [{ article: 'daily', text: 'A nationwide ban was wrongly reported on January 1, 2023.' }] },
  { key: 'huawei', date: null, jurisdiction: 'CN', type: 'statement', status: null, title: 'Beijing criticises limits on Huawei', companies: ['Huawei'], quotes: [{ article: 'gazette', text: 'Beijing criticised the limits placed on Huawei.' }] },
  { key: 'hearing', date: null, jurisdiction: 'US', type: 'hearing', status: null, title: 'Senators question Instagram on teen safety', companies: ['Instagram'], quotes: [{ article: 'gazette', text: 'Senators questioned Instagram executives about teenagers; "safety first", one said.' }] },
];

export interface Fixture {
  /** Event id by fixture key. */
  ids: Record<string, number>;
  articleIds: Record<string, number>;
  companyIds: Record<string, number>;
}

function dayRange(value: string): { start: string; end: string } {
  const [y, m, d] = value.split('-');
  if (d) return { start: value, end: value };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

function precisionOf(value: string): Precision {
  return (['year', 'month', 'day'] as const)[value.split('-').length - 1]!;
}

/** Inserts the fixture (assumes empty tables) and returns the ids it got. */
export async function seedFixture(db: Kysely<Database>, events: FixtureEvent[] = FIXTURE_EVENTS): Promise<Fixture> {
  const companyIds: Record<string, number> = {};
  for (const c of FIXTURE_COMPANIES) {
    const row = await db
      .insertInto('companies')
      .values({ name: c.name, aliases: c.aliases ?? [], parent_id: c.parent ? companyIds[c.parent]! : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    companyIds[c.name] = row.id;
  }

  // Each article's text is its quotes in order, separated by a blank line, so offsets are exact.
  const texts: Record<string, string> = {};
  const offsets = new Map<string, number>();
  for (const event of events) {
    for (const quote of event.quotes) {
      const before = texts[quote.article] ? `${texts[quote.article]}\n\n` : 'Opening paragraph of the fixture article.\n\n';
      offsets.set(`${event.key}|${quote.text}`, before.length);
      texts[quote.article] = before + quote.text;
    }
  }
  const articleIds: Record<string, number> = {};
  for (const a of FIXTURE_ARTICLES) {
    const row = await db
      .insertInto('articles')
      .values({ content_hash: `fixture-${a.key}`, title: a.title, url: a.url, outlet: a.outlet, published: a.published, source_file: `${a.key}.txt`, text: texts[a.key] ?? 'Empty.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    articleIds[a.key] = row.id;
  }

  const ids: Record<string, number> = {};
  for (const e of events) {
    const range = e.date ? dayRange(e.date) : null;
    const row = await db
      .insertInto('events')
      .values({
        date_value: e.date,
        date_precision: e.date ? precisionOf(e.date) : null,
        date_start: range?.start ?? null,
        date_end: range?.end ?? null,
        jurisdiction: e.jurisdiction,
        type: e.type,
        status: e.status,
        title: e.title,
        confidence: 0.8,
        verified: e.verified ?? false,
        retracted: e.retracted ?? false,
        date_conflicts: JSON.stringify(e.conflicts ?? []),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[e.key] = row.id;
    for (const quote of e.quotes) {
      const start = offsets.get(`${e.key}|${quote.text}`)!;
      const stated = quote.date ?? e.date;
      await db
        .insertInto('event_sources')
        .values({
          event_id: row.id,
          article_id: articleIds[quote.article]!,
          quote: quote.text,
          quote_start: start,
          quote_end: start + quote.text.length,
          date_value: stated,
          date_precision: stated ? precisionOf(stated) : null,
          date_basis: 'explicit',
          status: e.status,
          confidence: 0.8,
        })
        .execute();
    }
    if (e.companies.length) {
      await db
        .insertInto('event_companies')
        .values(e.companies.map((name) => ({ event_id: row.id, company_id: companyIds[name]! })))
        .execute();
    }
  }
  return { ids, articleIds, companyIds };
}

/** Keys of the events the public API shows (not retracted). */
export const VISIBLE_KEYS = FIXTURE_EVENTS.filter((e) => !e.retracted).map((e) => e.key);
