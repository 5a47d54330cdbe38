import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import request from 'supertest';
import { foldLine } from '../../server/formats/ics.format';
import { describeEachBackend } from '../support/databases';
import { keysOf, useFixtureApp } from './app-harness';
import { FIXTURE_EVENTS } from './fixtures';

const VISIBLE = FIXTURE_EVENTS.filter((e) => !e.retracted);
const DATED = VISIBLE.filter((e) => e.date !== null);

describeEachBackend('timeline formats', (ctx) => {
  const h = useFixtureApp(ctx);
  const get = (query: string) => request(h.app).get(`/api/v1/timeline?${query}`).buffer(true).parse(textParser);

  it('timelinejs: one slide per dated event, precision kept, grouped by jurisdiction or type', async () => {
    const res = await request(h.app).get('/api/v1/timeline?format=timelinejs');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.timelinejs+json');
    const doc = JSON.parse(res.text);
    expect(doc.title.text.headline).toBe('Policy timeline');
    expect(doc.events).toHaveLength(DATED.length);
    const slide = (key: string) => doc.events.find((e: { unique_id: string }) => e.unique_id === `event-${h.fixture.ids[key]}`);
    expect(slide('federal').start_date).toEqual({ year: 2022, month: 12 });
    expect(slide('cfius').start_date).toEqual({ year: 2019 });
    expect(slide('montana').start_date).toEqual({ year: 2023, month: 5, day: 17 });
    expect(slide('montana').group).toBe('Montana');
    expect(slide('montana').text.headline).toBe('Montana enacts statewide TikTok ban');
    expect(slide('montana').text.text).toContain('<blockquote>Montana enacted a statewide ban');
    const byType = JSON.parse((await request(h.app).get('/api/v1/timeline?format=timelinejs&group=type')).text);
    expect(byType.events.map((e: { group: string }) => e.group)).toContain('Device ban');
  });

  it('csv: RFC 4180, parsed back by csv-parse; header, quoting, optional BOM', async () => {
    const res = await get('format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text: string = res.body;
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows: Record<string, string>[] = parseCsv(text, { columns: true });
    expect(rows).toHaveLength(VISIBLE.length);
    const hearing = rows.find((r) => r.id === String(h.fixture.ids.hearing))!;
    // Commas and doubled quotes inside a field survive the round trip.
    expect(hearing.first_quote).toBe('Senators questioned Instagram executives about teenagers; "safety first", one said.');
    expect(hearing.date).toBe('');
    const federal = rows.find((r) => r.id === String(h.fixture.ids.federal))!;
    expect(federal).toMatchObject({ date: '2022-12', precision: 'month', jurisdiction: 'US', companies: 'TikTok', source_count: '2', verified: 'true' });
    const withBom = await get('format=csv&bom=true');
    expect((withBom.body as string).charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(withBom.body, { columns: true, bom: true })).toHaveLength(VISIBLE.length);
  });

  it('ics: RFC 5545 all-day events spanning their precision, parsed back by ical.js', async () => {
    const res = await get('format=ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text: string = res.body;
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(DATED.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const month = byUid.get(`event-${h.fixture.ids.federal}@policy-timeline`)!;
    expect(month.startDate.isDate).toBe(true);
    expect(month.startDate.toString()).toBe('2022-12-01');
    expect(month.endDate.toString()).toBe('2023-01-01');
    const day = byUid.get(`event-${h.fixture.ids.montana}@policy-timeline`)!;
    expect(day.startDate.toString()).toBe('2023-05-17');
    expect(day.endDate.toString()).toBe('2023-05-18');
    expect(day.summary).toBe('Montana enacts statewide TikTok ban');
    expect(day.location).toBe('Montana');
    // Escaped text (; , and newlines) comes back unescaped.
    expect(day.description).toContain('"Montana enacted a statewide ban on May 17, 2023; a court later blocked it."');
    const year = byUid.get(`event-${h.fixture.ids.onlinesafety}@policy-timeline`)!;
    expect([year.startDate.toString(), year.endDate.toString()]).toEqual(['2023-01-01', '2024-01-01']);
    // UIDs are stable from one request to the next.
    const again = new ICAL.Component(ICAL.parse((await get('format=ics')).body));
    expect(again.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.uid));
  });

  it('ics: folding splits at 75 octets without breaking a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('atom: RFC 4287 feed (here in date order, newest first), parsed back by fast-xml-parser', async () => {
    const res = await get('format=atom&jurisdiction=GB,US&sort=desc');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });
    const { feed } = parser.parse(res.body);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^tag:policy-timeline,2024:timeline/);
    expect(feed.title).toBe('Policy timeline: United Kingdom or United States of America');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toContain('/api/v1/timeline?format=atom');
    expect(feed.entry[0].published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const ids = feed.entry.map((e: { id: string }) => Number(e.id.replace(/^tag:policy-timeline,2024:event\//, '')));
    expect(keysOf(h.fixture, ids.map((id: number) => ({ id }))).slice(0, 2)).toEqual(['uk', 'onlinesafety']);
    const uk = feed.entry[0];
    expect(uk.title).toBe('UK bans TikTok on government phones');
    expect(uk.content['@type']).toBe('html');
    expect(uk.content['#text']).toContain('<blockquote>Britain banned it on government phones on March 16, 2023.</blockquote>');
    expect(uk.content['#text']).toContain('href="https://news.example/wire/1"');
    expect(uk.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    // The entry leads to the event's page (alternate) and to the article it came from (related).
    const links = uk.link.map((l: Record<string, string>) => [l['@rel'], l['@href']]);
    expect(links).toContainEqual(['alternate', expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/events/${h.fixture.ids.uk}$`))]);
    expect(links).toContainEqual(['related', 'https://news.example/wire/1']);
  });

  it('atom lists the most recently first seen first by default, with a text search too (issue 15)', async () => {
    const res = await get('format=atom&q=phones');
    const { feed } = new XMLParser({ isArray: (name) => name === 'entry' }).parse(res.body);
    const updated = feed.entry.map((e: { id: string }) => Number(e.id.split('/').pop()));
    const json = await request(h.app).get('/api/v1/timeline?q=phones&sort=first_seen');
    expect(updated).toEqual(json.body.events.map((e: { id: number }) => e.id));
  });

  it('chooses the format from Accept when format= is absent; format= wins', async () => {
    const csv = await request(h.app).get('/api/v1/timeline').set('Accept', 'text/csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers.vary).toMatch(/Accept/);
    const ics = await request(h.app).get('/api/v1/timeline').set('Accept', 'text/calendar');
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const any = await request(h.app).get('/api/v1/timeline').set('Accept', '*/*');
    expect(any.type).toBe('application/json');
    const named = await request(h.app).get('/api/v1/timeline?format=json').set('Accept', 'text/csv');
    expect(named.type).toBe('application/json');
  });
});

/** supertest buffers unknown types as Buffers: read every body as UTF-8 text. */
function textParser(res: request.Response, done: (error: Error | null, body: string) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (body += chunk));
  stream.on('end', () => done(null, body));
}
