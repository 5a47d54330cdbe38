import type { Application } from 'express';
import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { createApp } from '../../server/app';
import { SAMPLE_OUTLET } from '../../db/repositories/sample.repository';
import type { TimelineEvent } from '../../server/schemas/event.schema';
import type { TestDatabase } from '../support/databases';
import { openDemoDatabase } from '../support/demo-database';

/**
 * What a journalist reads from the API on the demo data (the samples through the real importer):
 * every date says what it rests on, sample sources are flagged, errors suggest what was meant, and
 * a filter that can match nothing says so.
 */
describe('reader API on the demo data', () => {
  let db: TestDatabase;
  let app: Application;
  let all: TimelineEvent[];
  const byTitle = (title: string) => {
    const event = all.find((e) => e.title === title);
    if (!event) throw new Error(`no event titled ${title}: ${all.map((e) => e.title).join(' | ')}`);
    return event;
  };

  beforeAll(async () => {
    db = await openDemoDatabase();
    app = createApp({ db: db.db });
    all = (await request(app).get('/api/v1/timeline?limit=500')).body.events;
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  describe('date.basis', () => {
    it('says what each date rests on: stated in the text, worked out from "on Tuesday", or only the report day', () => {
      expect(byTitle('India bans TikTok').date).toEqual({ value: '2020', precision: 'year', basis: 'explicit' });
      expect(byTitle('Nebraska bans TikTok on government devices').date).toEqual({ value: '2025-03-11', precision: 'day', basis: 'relative' });
      // "The regulator said…" gives no date: the article's day stands in, and says so.
      expect(byTitle('UK warns about Snap').date).toEqual({ value: '2025-09-17', precision: 'day', basis: 'reported' });
      for (const event of all) if (event.date) expect(['explicit', 'relative', 'reported']).toContain(event.date.basis);
    });

    it('the event endpoint gives the same basis', async () => {
      const event = byTitle('UK warns about Snap');
      const res = await request(app).get(`/api/v1/events/${event.id}`);
      expect(res.body.date).toEqual(event.date);
    });

    it('an editor\'s date counts as explicit', async () => {
      const event = byTitle('US proposes rules on tech platforms');
      expect(event.date?.basis).toBe('reported');
      await db.db.updateTable('events').set({ edited_fields: ['date'] }).where('id', '=', event.id).execute();
      try {
        expect((await request(app).get(`/api/v1/events/${event.id}`)).body.date.basis).toBe('explicit');
      } finally {
        await db.db.updateTable('events').set({ edited_fields: [] }).where('id', '=', event.id).execute();
      }
    });

    it('reported events keep their place by the report day, in order', () => {
      const dated = all.filter((e) => e.date_start);
      expect(dated.map((e) => e.date_start)).toEqual([...dated.map((e) => e.date_start)].sort());
    });

    it('TimelineJS writes the date as the pages do, with "reported" when only the report day is known', async () => {
      const doc = (await request(app).get('/api/v1/timeline?format=timelinejs&limit=500')).body as { events: { unique_id: string; display_date: string; group: string; text: { text: string } }[] };
      const slide = (title: string) => doc.events.find((s) => s.unique_id === `event-${byTitle(title).id}`)!;
      expect(slide('UK warns about Snap').display_date).toBe('reported 17 Sep 2025');
      expect(slide('Nebraska bans TikTok on government devices').display_date).toBe('11 Mar 2025');
      expect(slide('India bans TikTok').display_date).toBe('2020');
      expect(slide('UK warns about Snap').text.text).toContain('No source dates this event');
      expect(slide('UK warns about Snap').text.text).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/events\/\d+"/);
    });

    it('a calendar holds no event on a day that is only the report day', async () => {
      const res = await request(app).get('/api/v1/timeline?format=ics&limit=500');
      const calendar = new ICAL.Component(ICAL.parse(res.text));
      const summaries = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
      expect(summaries).toContain('Nebraska bans TikTok on government devices');
      // Titles a dated event shares (a fine and its undated compliance deadline) are left out of the check.
      const datedTitles = new Set(all.filter((e) => e.date?.basis !== 'reported').map((e) => e.title));
      const reported = all.filter((e) => e.date?.basis === 'reported' && !datedTitles.has(e.title)).map((e) => e.title);
      expect(reported.length).toBeGreaterThan(2);
      for (const title of reported) expect(summaries).not.toContain(title);
      expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toMatch(/left out/);
    });

    it('an Atom entry labels a reported date and a sample, and links to the event page', async () => {
      const res = await request(app).get('/api/v1/timeline?format=atom&jurisdiction=UK');
      const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.text).feed;
      const entries = [feed.entry].flat() as { title: string; link: { '@rel': string; '@href': string }[] | { '@rel': string; '@href': string }; content: { '#text': string } }[];
      const reported = entries.find((e) => String(e.title).includes('UK warns about Snap'))!;
      expect(reported.title).toBe('[Reported 17 Sep 2025] [Fictional sample] UK warns about Snap');
      expect(reported.content['#text']).toContain('reported 17 Sep 2025');
      const links = [reported.link].flat();
      expect(links.find((l) => l['@rel'] === 'alternate')!['@href']).toMatch(new RegExp(`/events/${byTitle('UK warns about Snap').id}$`));
    });
  });

  describe('samples', () => {
    it('every source of the demo is flagged sample, in the timeline and the event', async () => {
      const sources = all.flatMap((e) => e.sources);
      expect(sources.length).toBeGreaterThan(10);
      expect(sources.every((s) => s.sample && s.outlet === SAMPLE_OUTLET)).toBe(true);
      const detail = await request(app).get(`/api/v1/events/${all[0]!.id}`);
      expect(detail.body.sources.every((s: { sample: boolean }) => s.sample)).toBe(true);
    });
  });

  describe('errors that help', () => {
    it('UK is read as GB', async () => {
      const uk = await request(app).get('/api/v1/timeline?jurisdiction=UK');
      const gb = await request(app).get('/api/v1/timeline?jurisdiction=GB');
      expect(uk.status).toBe(200);
      expect(uk.body.events.length).toBeGreaterThan(0);
      expect(uk.body.events).toEqual(gb.body.events);
      expect(uk.body.warnings).toEqual([]);
    });

    it.each([
      ['jurisdiction=USA', 'jurisdiction', 'USA is a three-letter code: did you mean US (United States of America)?'],
      ['jurisdiction=United%20Kingdom', 'jurisdiction', 'United Kingdom is a name, not a code: did you mean GB?'],
      ['jurisdiction=Germany', 'jurisdiction', 'Germany is a name, not a code: did you mean DE?'],
      ['jurisdicton=US', 'jurisdicton', 'unknown query parameter: did you mean jurisdiction?'],
      ['compnay=Meta', 'compnay', 'unknown query parameter: did you mean company?'],
      ['type=device-ban', 'type', 'device-ban is not allowed: did you mean device_ban?'],
      ['limit=0', 'limit', 'at least 1'],
      ['q=', 'q', 'must not be empty'],
    ])('%s → 400: %s', async (query, parameter, reason) => {
      const res = await request(app).get(`/api/v1/timeline?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({ parameter, reason });
    });

    it('zod\'s own wording never reaches a reader', async () => {
      const queries = ['jurisdiction=ABCDEFGHIJKLMNOP', 'limit=abc', 'limit=100000', 'sort=sideways', 'q=' + 'x'.repeat(300), 'from=yesterday', 'type=a&type=b', 'include=everything', 'bom=maybe', 'q=a&q=b'];
      for (const query of queries) {
        const res = await request(app).get(`/api/v1/timeline?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect({ query, text: res.text }).not.toEqual({ query, text: expect.stringMatching(/Too (big|small)|Invalid (input|option)|expected string|received|<=|>=/) });
      }
    });

    it('names a company or jurisdiction with no events in warnings', async () => {
      const res = await request(app).get('/api/v1/timeline?jurisdiction=US&include=subdivisions&jurisdiction=FR&company=TikTok&company=Tiktk&company=Nvidia');
      expect(res.status).toBe(200);
      expect(res.body.events.length).toBeGreaterThan(0);
      expect(res.body.warnings).toEqual([
        { parameter: 'jurisdiction', value: 'FR', message: 'no events in France (FR)' },
        { parameter: 'company', value: 'Tiktk', message: 'no company called Tiktk is known: did you mean TikTok?' },
        { parameter: 'company', value: 'Nvidia', message: 'no events name Nvidia' },
      ]);
      const states = await request(app).get('/api/v1/timeline?jurisdiction=US&type=device_ban');
      expect(states.body.events).toEqual([]);
      expect(states.body.warnings).toEqual([]);
      const federal = await request(app).get('/api/v1/timeline?jurisdiction=IN&jurisdiction=CA');
      expect(federal.body.warnings).toEqual([{ parameter: 'jurisdiction', value: 'CA', message: 'no events in Canada (CA)' }]);
    });

    it('an empty Atom feed is dated by the data, not 1970', async () => {
      const res = await request(app).get('/api/v1/timeline?format=atom&jurisdiction=FR');
      const feed = new XMLParser().parse(res.text).feed;
      expect(feed.entry).toBeUndefined();
      expect(feed.updated).not.toMatch(/^1970/);
      expect(Date.parse(feed.updated)).toBeGreaterThan(Date.parse('2024-01-01'));
    });
  });
});
