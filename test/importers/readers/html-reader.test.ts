import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articlesOf, blockTexts, failuresOf, readAll } from './read-all';

const page = resolve(__dirname, 'fixtures', 'canal-tolls.html');
const scratch = mkdtempSync(join(tmpdir(), 'readers-html-'));

function write(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('HTML reader', () => {
  it('extracts the main text as headline and paragraphs separated by blank lines', async () => {
    const [article] = articlesOf(await readAll([page]));
    if (!article) throw new Error('expected an article');
    expect(article.fileOffset).toBeNull();
    expect(article.file).toBe(page);
    expect(article.text.startsWith('Canal Authority Raises Tolls for the First Time in Five Years\n\n')).toBe(true);
    expect(article.text).toContain('tolls for cargo barges will rise by ten percent from the first of June');
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('never lets scripts, styles, navigation, captions or asides into the text', async () => {
    const [article] = articlesOf(await readAll([page]));
    for (const unwanted of ['SCRIPT-TEXT', 'STYLE-TEXT', 'secretTracker', 'Sport', 'upper lock', 'Most read', 'All rights reserved']) {
      expect(article?.text).not.toContain(unwanted);
    }
  });

  it('makes blocks of the paragraphs only: no subheadings or share prompts', async () => {
    const [article] = articlesOf(await readAll([page]));
    const blocks = article ? blockTexts(article) : [];
    expect(blocks[0]).toBe('headline: Canal Authority Raises Tolls for the First Time in Five Years');
    expect(blocks.slice(1).map((b) => b.slice(0, 30))).toEqual(['body: The canal authority said', 'body: Maintenance costs have d', 'body: Shipping firms said they']);
    for (const block of article?.blocks ?? []) expect(article?.text.slice(block.start, block.end)).not.toMatch(/\n\n/);
  });

  it('reads metadata: article:published_time (its own day) over JSON-LD, og:title, og:site_name, canonical url', async () => {
    const [article] = articlesOf(await readAll([page]));
    expect(article).toMatchObject({
      title: 'Canal Authority Raises Tolls for the First Time in Five Years',
      published: '2024-04-02',
      publishedInferred: false,
      outlet: 'River Post',
      url: null, // a relative canonical link cannot be made absolute without the page's address
    });
  });

  it('falls back to JSON-LD, then <time datetime>, for the date', async () => {
    const ld = write('ld.html', '<html><head><script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@graph":[{"@type":"NewsArticle","headline":"Dam Inspection Ordered","datePublished":"2023-11-05","url":"https://example.org/dam"}]}]</script></head><body><p>The ministry ordered an inspection of the dam after heavy rain in the valley this week.</p></body></html>');
    const time = write('time.html', '<html><head><title>Ferry Timetable Changes</title></head><body><article><time datetime="2022-08-09T07:00">9 Aug</time><p>The ferry company changed its timetable for the autumn season after a review of passenger numbers.</p></article></body></html>');
    const [fromLd, fromTime] = articlesOf(await readAll([ld, time]));
    expect(fromLd).toMatchObject({ title: 'Dam Inspection Ordered', published: '2023-11-05', url: 'https://example.org/dam' });
    expect(fromTime).toMatchObject({ title: 'Ferry Timetable Changes', published: '2022-08-09', publishedInferred: false });
  });

  it('lets the manifest win over page metadata', async () => {
    writeFileSync(join(scratch, 'page.html'), '<html><head><meta property="og:title" content="Page Title"><meta property="article:published_time" content="2024-01-01"></head><body><p>Body text long enough to be the article of this small test page here.</p></body></html>');
    const manifest = write('m.json', JSON.stringify([{ file: 'page.html', title: 'Manifest Title', published: '2024-02-02', url: 'https://example.org/m', outlet: 'Manifest Outlet' }]));
    const [article] = articlesOf(await readAll([], { manifest }));
    expect(article).toMatchObject({ file: 'page.html', title: 'Manifest Title', published: '2024-02-02', url: 'https://example.org/m', outlet: 'Manifest Outlet' });
    expect(article?.text.startsWith('Manifest Title\n\n')).toBe(true);
  });

  it('uses --published for an undated page, marked inferred', async () => {
    const path = write('undated.html', '<html><body><h1>Quiet Week</h1><p>Nothing much happened in the council chamber this week, members said.</p></body></html>');
    const [article] = articlesOf(await readAll([path], { published: '2024-07-07' }));
    expect(article).toMatchObject({ title: 'Quiet Week', published: '2024-07-07', publishedInferred: true });
  });

  it('detects HTML by content when the extension says nothing', async () => {
    const path = write('page-without-extension', '<!DOCTYPE html><html><body><p>Sniffed as HTML because of its doctype line at the very top.</p></body></html>');
    const [article] = articlesOf(await readAll([path]));
    expect(article?.text).not.toContain('<p>');
    expect(article?.text).toContain('Sniffed as HTML');
  });

  it('decodes a page in the charset its meta declares, and still refuses undeclared non-UTF-8', async () => {
    const declared = join(scratch, 'latin.html');
    writeFileSync(declared, Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9 Licences</title></head><body><p>The caf\xe9 licences were renewed for another year by the council.</p></body></html>', 'latin1'));
    const undeclared = join(scratch, 'latin-undeclared.html');
    writeFileSync(undeclared, Buffer.from('<html><body><p>Caf\xe9</p></body></html>', 'latin1'));
    const results = await readAll([declared, undeclared]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Café Licences']);
    expect(failuresOf(results)).toEqual([{ input: undeclared, reason: expect.stringContaining('not valid UTF-8') }]);
  });

  it('an HTML page with no text is a failure naming the file', async () => {
    const path = write('blank.html', '<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>');
    expect(failuresOf(await readAll([path]))).toEqual([{ input: path, reason: expect.stringContaining('no readable text') }]);
  });
});
