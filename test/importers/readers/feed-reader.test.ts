import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articlesOf, blockTexts, failuresOf, readAll } from './read-all';

const fixtures = resolve(__dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'readers-feed-'));

describe('RSS reader', () => {
  const rss = join(fixtures, 'river-news.rss');

  it('yields one article per item with its own title, link, date and the channel as outlet', async () => {
    const articles = articlesOf(await readAll([rss]));
    expect(articles.map((a) => [a.title, a.url, a.published, a.outlet])).toEqual([
      ['Lock Keepers Agree New Shift Pattern', 'https://example.org/news/lock-keepers', '2024-04-10', 'River Post & Friends'],
      ['Bridge Repairs Finish Early', 'https://example.org/news/bridge', '2024-04-11', 'River Post & Friends'],
      ['Undated Notice', null, null, 'River Post & Friends'],
    ]);
    expect(articles.every((a) => a.file === rss && a.fileOffset === null)).toBe(true);
  });

  it('takes content:encoded over description and strips markup and scripts', async () => {
    const [lock, bridge] = articlesOf(await readAll([rss]));
    expect(lock && blockTexts(lock)).toEqual([
      'headline: Lock Keepers Agree New Shift Pattern',
      'body: Lock keepers agreed on Monday to a new shift pattern that starts in May.',
      'body: The union said the deal ends a dispute that began last autumn.',
    ]);
    expect(lock?.text).not.toMatch(/SCRIPT-TEXT|<p>|Short summary/);
    expect(bridge && blockTexts(bridge)[1]).toBe('body: The old bridge reopened to traffic on Thursday, two weeks ahead of schedule.');
  });

  it('an item with neither title nor text is a failure of that item only; --published dates undated items', async () => {
    const results = await readAll([rss], { published: '2024-04-12' });
    expect(failuresOf(results)).toEqual([{ input: `${rss}#item4`, reason: expect.stringContaining('neither a title nor text') }]);
    expect(articlesOf(results)[2]).toMatchObject({ title: 'Undated Notice', published: '2024-04-12', publishedInferred: true });
    expect(articlesOf(results)[0]).toMatchObject({ published: '2024-04-10', publishedInferred: false });
  });
});

describe('Atom reader', () => {
  const atom = join(fixtures, 'valley.atom');

  it('reads entries: html titles as text, the alternate link, published before updated', async () => {
    const articles = articlesOf(await readAll([atom]));
    expect(articles.map((a) => [a.title, a.url, a.published, a.outlet])).toEqual([
      ['Assembly Adopts Open Data Rules', 'https://example.org/valley/open-data', '2024-05-01', 'Valley Courier'],
      ['Council Meets in New Hall', 'https://example.org/valley/hall', '2024-04-20', 'Valley Courier'],
      ['Plain Text Entry', null, '2024-04-18', 'Valley Courier'],
    ]);
  });

  it('reads html, xhtml and text content', async () => {
    const [adopt, hall, plain] = articlesOf(await readAll([atom]));
    expect(adopt && blockTexts(adopt).slice(1)).toEqual([
      'body: The assembly adopted rules on Wednesday requiring agencies to publish spending data.',
      'body: The rules take effect in January.',
    ]);
    expect(hall && blockTexts(hall)[1]).toBe('body: The council met for the first time in the new hall & library.');
    expect(plain && blockTexts(plain).slice(1)).toEqual(['body: First line of plain text.', 'body: Second line with a <tag> written out.']);
  });
});

describe('feed failures', () => {
  it('malformed XML is one failure naming the file and the line; the next file is read', async () => {
    const bad = join(scratch, 'broken.rss');
    writeFileSync(bad, '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Unclosed</channel></rss>\n');
    const good = join(fixtures, 'valley.atom');
    const results = await readAll([bad, good]);
    expect(failuresOf(results)).toEqual([{ input: bad, reason: expect.stringMatching(/^malformed XML at line 3/) }]);
    expect(articlesOf(results)).toHaveLength(3);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const path = join(scratch, 'latin.rss');
    writeFileSync(path, Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Gazette</title><item><title>Caf\xe9 Opens</title><description>A new caf\xe9.</description></item></channel></rss>', 'latin1'));
    expect(articlesOf(await readAll([path])).map((a) => a.title)).toEqual(['Café Opens']);
  });

  it('XML that is not a feed, and a feed without items, are failures', async () => {
    const other = join(scratch, 'other.xml');
    writeFileSync(other, '<?xml version="1.0"?><catalog><book>One</book></catalog>');
    const empty = join(scratch, 'empty.rss');
    writeFileSync(empty, '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>');
    expect(failuresOf(await readAll([other, empty]))).toEqual([
      { input: other, reason: expect.stringContaining('not an RSS or Atom feed') },
      { input: empty, reason: 'feed has no items' },
    ]);
  });
});
