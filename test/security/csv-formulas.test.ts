import { parse as parseCsv } from 'csv-parse/sync';
import request from 'supertest';
import { csvFormat } from '../../server/formats/csv.format';
import { describeEachBackend } from '../support/databases';
import { bearer, useSecurityApp } from './support';

/** CSV formula injection (issue 18): text cells a spreadsheet would run as a formula get a leading '. */
describeEachBackend('CSV export and formulas', (ctx) => {
  const h = useSecurityApp(ctx);

  it('prefixes titles starting with = + - @ with a quote; plain titles and negative numbers are untouched', async () => {
    const titles = ['=HYPERLINK("http://fictional.example/x","click")', '+1+1 fictional', '-2+3 fictional', '@SUM(A1) fictional', 'A fictional plain title'];
    for (const title of titles) {
      await request(h.app).post('/api/v1/events').set(bearer(h.keys.editor)).send({ type: 'statement', title, date: '2031-01', jurisdiction: 'FR' }).expect(201);
    }
    const res = await request(h.app).get('/api/v1/timeline?format=csv&from=2031&limit=100').expect(200);
    const rows: Record<string, string>[] = parseCsv(res.text, { columns: true });
    expect(rows.map((r) => r.title).sort()).toEqual([
      "'+1+1 fictional",
      "'-2+3 fictional",
      "'=HYPERLINK(\"http://fictional.example/x\",\"click\")",
      "'@SUM(A1) fictional",
      'A fictional plain title',
    ]);
  });

  it('quotes starting with a tab or carriage return are neutralised too, numbers are not', () => {
    const event = { id: 7, date: null, date_start: null, date_end: null, jurisdiction: null, companies: [], type: 'statement', status: null, title: 'x', confidence: -0.5, verified: false, sources: [{ url: null, quote: '\t=cmd|calc' }] };
    const text = csvFormat.render([event as never], { bom: false } as never) as string;
    const [row] = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(row!.first_quote).toBe("'\t=cmd|calc");
    expect(row!.confidence).toBe('-0.5');
    expect(row!.verified).toBe('false');
  });
});
