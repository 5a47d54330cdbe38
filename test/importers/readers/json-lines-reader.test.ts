import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlesOf, blockTexts, failuresOf, readAll } from './read-all';

const scratch = mkdtempSync(join(tmpdir(), 'readers-jsonl-'));

function write(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const line = (value: unknown) => JSON.stringify(value);

describe('JSON-lines reader', () => {
  it('reads one article per line from text, body or content, with its metadata', async () => {
    const path = write(
      'articles.jsonl',
      [
        line({ title: 'Tram Line Approved', text: 'The city approved the tram line on Monday.\n\nBuilding starts next spring.', published: '2024-03-04', url: 'https://example.org/tram', outlet: 'City Desk' }),
        '',
        line({ title: 'Library Hours Extended', body: '<p>The library will open on Sundays from <em>June</em>.</p><script>x()</script>' }),
        line({ title: 'Park Renamed', content: 'The park was renamed after a local poet.', published: '2024-03-06T09:00:00+01:00' }),
      ].join('\r\n'),
    );
    const articles = articlesOf(await readAll([path]));
    expect(articles.map((a) => [a.title, a.published, a.publishedInferred, a.url, a.outlet])).toEqual([
      ['Tram Line Approved', '2024-03-04', false, 'https://example.org/tram', 'City Desk'],
      ['Library Hours Extended', null, false, null, null],
      ['Park Renamed', '2024-03-06', false, null, null],
    ]);
    expect(articles[0] && blockTexts(articles[0])).toEqual([
      'headline: Tram Line Approved',
      'body: The city approved the tram line on Monday.',
      'body: Building starts next spring.',
    ]);
    expect(articles[1]?.text).toBe('Library Hours Extended\n\nThe library will open on Sundays from June.');
    expect(articles.every((a) => a.file === path && a.fileOffset === null)).toBe(true);
  });

  it('a bad line is one failure named file:line and the other lines go on', async () => {
    const path = write(
      'mixed.jsonl',
      [
        line({ title: 'Good One', text: 'Fine text.' }),
        '{"title": "Broken", "text": ',
        line({ text: 'No title here.' }),
        line({ title: 'No Body' }),
        line({ title: 'Bad Date', text: 'Text.', published: 'someday' }),
        '[1, 2]',
        line({ title: 'Good Two', text: 'More fine text.' }),
      ].join('\n') + '\n',
    );
    const results = await readAll([path]);
    expect(failuresOf(results)).toEqual([
      { input: `${path}:2`, reason: expect.stringContaining('not valid JSON') },
      { input: `${path}:3`, reason: expect.stringContaining('title') },
      { input: `${path}:4`, reason: expect.stringContaining('"text", "body" or "content"') },
      { input: `${path}:5`, reason: '"published" is not a date: "someday"' },
      { input: `${path}:6`, reason: 'not a JSON object' },
    ]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Good One', 'Good Two']);
  });

  it('a line of invalid UTF-8 or an over-long line fails alone', async () => {
    const path = write(
      'bytes.jsonl',
      Buffer.concat([
        Buffer.from(`${line({ title: 'Before', text: 'ok' })}\n{"title": "Latin", "text": "caf`),
        Buffer.from([0xe9]),
        Buffer.from(`"}\n${line({ title: 'Long', text: 'x'.repeat(5000) })}\n${line({ title: 'After', text: 'ok' })}\n`),
      ]),
    );
    const results = await readAll([path], { limits: { maxArticleChars: 1000 } });
    expect(failuresOf(results)).toEqual([
      { input: `${path}:2`, reason: expect.stringContaining('not valid UTF-8') },
      { input: `${path}:3`, reason: expect.stringContaining('per-article limit') },
    ]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Before', 'After']);
  });

  it('is detected by content for a .json file holding one object per line; --published dates undated lines', async () => {
    const path = write('export.json', `${line({ title: 'One', text: 'First.' })}\n${line({ title: 'Two', text: 'Second.', published: '2024-01-02' })}\n`);
    const articles = articlesOf(await readAll([path], { published: '2024-01-05' }));
    expect(articles.map((a) => [a.title, a.published, a.publishedInferred])).toEqual([
      ['One', '2024-01-05', true],
      ['Two', '2024-01-02', false],
    ]);
  });

  it('takes manifest metadata for the lines whose title it names', async () => {
    write('named.jsonl', `${line({ title: 'Named', text: 'Text.', outlet: 'Own' })}\n${line({ title: 'Unnamed', text: 'Text.' })}\n`);
    const manifest = write('m.json', JSON.stringify([{ file: 'named.jsonl', title: 'Named', published: '2024-02-02', outlet: 'Manifest' }]));
    const articles = articlesOf(await readAll([], { manifest }));
    expect(articles.map((a) => [a.title, a.published, a.outlet])).toEqual([
      ['Named', '2024-02-02', 'Manifest'],
      ['Unnamed', null, null],
    ]);
  });

  it('reads a file over 1 MiB (streamed, not read whole when opened) line for line like a small one', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      line({ title: `Council Notice ${i}`, text: `Notice ${i}: the council met on Monday. ${'The agenda was long. '.repeat(20)}` }),
    );
    const big = write('big.jsonl', lines.join('\n'));
    const small = write('small.jsonl', lines.slice(0, 5).join('\n'));
    const fromBig = articlesOf(await readAll([big]));
    expect(fromBig).toHaveLength(3000);
    expect(fromBig.slice(0, 5).map((a) => a.text)).toEqual(articlesOf(await readAll([small])).map((a) => a.text));
    expect(fromBig[2999]?.title).toBe('Council Notice 2999');
  });

  it('a file of blank lines is one failure', async () => {
    const path = write('blank.jsonl', '\n\n  \n');
    expect(failuresOf(await readAll([path]))).toEqual([{ input: path, reason: expect.stringContaining('empty file') }]);
  });
});
