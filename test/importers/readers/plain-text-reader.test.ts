import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articlesOf, blockTexts, failuresOf, readAll } from './read-all';

const fixtures = resolve(__dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'readers-text-'));

function write(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('plain-text reader with a manifest', () => {
  const manifest = join(fixtures, 'two-stories.manifest.json');
  const fileText = readFileSync(join(fixtures, 'two-stories.txt'), 'utf8');

  it('splits the file at each title, in manifest order, as verbatim slices', async () => {
    const articles = articlesOf(await readAll([], { manifest }));
    expect(articles.map((a) => a.title)).toEqual(['Harbour Council Approves Ferry Fare Freeze', 'Lighthouse Museum Reopens After Repairs']);
    for (const article of articles) {
      expect(article.file).toBe('two-stories.txt');
      expect(article.fileOffset).not.toBeNull();
      expect(fileText.slice(article.fileOffset ?? 0, (article.fileOffset ?? 0) + article.text.length)).toBe(article.text);
    }
    expect(articles[0]?.fileOffset).toBe(0);
    expect(articles[1]?.fileOffset).toBe(fileText.indexOf('Lighthouse Museum Reopens After Repairs'));
    expect(articles[0]?.text).not.toContain('Lighthouse');
  });

  it('keeps headline and prose, drops captions, credits, prompts, headings and teasers', async () => {
    const [ferry, museum] = articlesOf(await readAll([], { manifest }));
    expect(ferry && blockTexts(ferry)).toEqual([
      'headline: Harbour Council Approves Ferry Fare Freeze',
      'body: The harbour council voted on Tuesday to keep ferry fares at their current level until the end of\nnext year, after commuters filled the public gallery for a third week running.',
      'body: Season tickets bought before March keep their price, the council said.',
    ]);
    expect(museum && blockTexts(museum)).toEqual([
      'headline: Lighthouse Museum Reopens After Repairs',
      "body: The lighthouse museum opened its doors again on Saturday after eighteen months of repairs to the\ntower and the keeper's cottage.",
      'body: “We kept every original brick we could,” the curator said.',
    ]);
  });

  it('takes the manifest metadata; an undated entry stays null and not inferred', async () => {
    const [ferry, museum] = articlesOf(await readAll([], { manifest }));
    expect(ferry).toMatchObject({ published: '2024-05-14', publishedInferred: false, url: 'https://example.org/ferry', outlet: 'Harbour Gazette' });
    expect(museum).toMatchObject({ published: null, publishedInferred: false, url: null, outlet: null });
  });

  it('dates undated entries with --published, marked inferred; dated ones keep the manifest date', async () => {
    const [ferry, museum] = articlesOf(await readAll([], { manifest, published: '2024-06-01' }));
    expect(ferry).toMatchObject({ published: '2024-05-14', publishedInferred: false });
    expect(museum).toMatchObject({ published: '2024-06-01', publishedInferred: true });
  });

  it('matches a title printed with other quotes, dashes and case', async () => {
    write('quotes.txt', 'The Mayor’s Plan – Explained\n\nThe mayor’s plan was published on Monday.\n');
    const path = write('quotes.json', JSON.stringify([{ file: 'quotes.txt', title: "the mayor's plan - explained", published: '2024-01-02' }]));
    const [result] = await readAll([], { manifest: path });
    expect(result?.ok && result.article.fileOffset).toBe(0);
    expect(result?.ok && blockTexts(result.article)[0]).toBe('headline: The Mayor’s Plan – Explained');
  });

  it('finds a title printed with other punctuation, and takes the printed line as the headline', async () => {
    write('punct.txt', 'Intro Story\n\nIntro prose.\n\nU.S. Bans Apps on Work Phones\n\nU.S. Bans Apps on Work Phones\n\nThe ban was announced on Friday.\n');
    const path = write(
      'punct.json',
      JSON.stringify([
        { file: 'punct.txt', title: 'Intro Story' },
        { file: 'punct.txt', title: 'US Bans Apps on Work Phones' },
      ]),
    );
    const [, second] = articlesOf(await readAll([], { manifest: path }));
    expect(second?.title).toBe('US Bans Apps on Work Phones');
    expect(second && blockTexts(second)).toEqual(['headline: U.S. Bans Apps on Work Phones', 'body: The ban was announced on Friday.']);
  });

  it('reads entries listed out of the file order, each ending where the next article in the file starts', async () => {
    write('order.txt', 'Alpha Story Title\n\nAlpha prose.\n\nBeta Story Title\n\nBeta prose.\n');
    const path = write('order.json', JSON.stringify([{ file: 'order.txt', title: 'Beta Story Title' }, { file: 'order.txt', title: 'Alpha Story Title' }]));
    const articles = articlesOf(await readAll([], { manifest: path }));
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['Beta Story Title', 'Beta Story Title\n\nBeta prose.'],
      ['Alpha Story Title', 'Alpha Story Title\n\nAlpha prose.'],
    ]);
  });

  it('reports a title missing from the file and still reads the other entries', async () => {
    write('missing-title.txt', 'First Story Here\n\nSome prose about the first story.\n\nThird Story Here\n\nProse for the third.\n');
    const path = write(
      'missing-title.json',
      JSON.stringify([
        { file: 'missing-title.txt', title: 'First Story Here' },
        { file: 'missing-title.txt', title: 'Second Story Nowhere' },
        { file: 'missing-title.txt', title: 'Third Story Here' },
      ]),
    );
    const results = await readAll([], { manifest: path });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(failuresOf(results)[0]).toEqual({ input: 'missing-title.txt', reason: expect.stringContaining('"Second Story Nowhere" not found') });
  });

  it('reports a file the manifest names but that is missing, and reads the next file', async () => {
    write('present.txt', 'Present Story\n\nIt is here.\n');
    const path = write(
      'missing-file.json',
      JSON.stringify([
        { file: 'absent.txt', title: 'Absent Story' },
        { file: 'present.txt', title: 'Present Story' },
      ]),
    );
    const results = await readAll([], { manifest: path });
    expect(failuresOf(results)).toEqual([{ input: 'absent.txt', reason: expect.stringContaining('file not found') }]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Present Story']);
  });
});

describe('plain-text reader without a manifest', () => {
  it('reads a file as one article titled by its first non-empty line', async () => {
    const path = write('single.txt', '\n\nCanal Tolls Rise Next Month\n\nBy Jane Doe\n\nThe canal authority said tolls will rise next month.\n');
    const [result] = await readAll([path]);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.article).toMatchObject({ file: path, title: 'Canal Tolls Rise Next Month', fileOffset: 2, published: null, publishedInferred: false });
    expect(blockTexts(result.article)).toEqual(['headline: Canal Tolls Rise Next Month', 'body: The canal authority said tolls will rise next month.']);
  });

  it('a file that opens with a paragraph of prose has no headline: its first line is the lead, not a title', async () => {
    // Fictional. Many stored pages begin with the body; its first sentence must stay a body sentence.
    const path = write('lead-first.txt', 'Wednesday, May 3, 2023: The Ruritanian cabinet has banned the Lumo app on state phones. The ministry said the order takes effect at once.\nA second paragraph follows here.\n');
    const [result] = await readAll([path]);
    if (!result?.ok) throw new Error('expected an article');
    expect(result.article.title).toBe('');
    expect(result.article.blocks.some((block) => block.kind === 'headline')).toBe(false);
  });

  it('splits a file whose articles each open with a headline printed twice, like the manifest would', async () => {
    const path = join(fixtures, 'two-stories.txt');
    const fileText = readFileSync(path, 'utf8');
    const withoutManifest = articlesOf(await readAll([path]));
    const withManifest = articlesOf(await readAll([], { manifest: join(fixtures, 'two-stories.manifest.json') }));
    expect(withoutManifest.map((a) => [a.title, a.fileOffset, a.text.length, a.published, a.file])).toEqual(
      withManifest.map((a) => [a.title, a.fileOffset, a.text.length, null, path]),
    );
    expect(withoutManifest.map((a) => a.blocks)).toEqual(withManifest.map((a) => a.blocks));
    for (const article of withoutManifest) expect(fileText.slice(article.fileOffset ?? 0).startsWith(article.text)).toBe(true);
  });

  it('does not split on one repeated headline or on captions printed twice in a row', async () => {
    const once = write('once.txt', 'Harbour Plan Approved Today\n\nA photo of the harbour\n\nHarbour Plan Approved Today\n\nThe plan was approved.\n\nQuay Works Begin Soon\n\nWorks begin soon.\n');
    const captions = write('captions.txt', 'Harbour Plan Approved Today\n\nThe harbour at night seen from above\nThe harbour at night seen from above\n\nThe plan was approved.\n\nQuay Works Begin Soon\nQuay Works Begin Soon\n\nMore.\n');
    const articles = articlesOf(await readAll([once, captions]));
    expect(articles.map((a) => [a.file, a.title])).toEqual([
      [once, 'Harbour Plan Approved Today'],
      [captions, 'Harbour Plan Approved Today'],
    ]);
  });

  it('takes title, date, url and outlet from front matter and starts the text after it', async () => {
    const path = join(fixtures, 'front-matter.txt');
    const [result] = await readAll([path], { published: '2030-01-01' });
    if (!result?.ok) throw new Error('expected an article');
    const fileText = readFileSync(path, 'utf8');
    expect(result.article).toMatchObject({
      title: 'Regional Assembly Adopts Open Data Rules',
      published: '2024-02-08',
      publishedInferred: false,
      url: 'https://example.org/open-data',
      outlet: 'Valley Courier',
    });
    expect(result.article.fileOffset).toBe(fileText.indexOf('Regional Assembly Adopts Open Data Rules\n\nThe'));
    expect(result.article.text).not.toContain('---');
  });

  it('lets the manifest win over front matter for a one-article file', async () => {
    writeFileSync(join(scratch, 'fm.txt'), readFileSync(join(fixtures, 'front-matter.txt')));
    const path = write('fm.json', JSON.stringify([{ file: 'fm.txt', title: 'Regional Assembly Adopts Open Data Rules', published: '2024-02-09', outlet: null }]));
    const [result] = await readAll([], { manifest: path });
    expect(result?.ok && result.article).toMatchObject({ published: '2024-02-09', publishedInferred: false, outlet: 'Valley Courier', url: 'https://example.org/open-data' });
  });

  it('infers the date from a dateline when nothing states one, and marks it inferred', async () => {
    const path = write('dateline.txt', 'Port Strike Ends\n\nPublished: 12 March 2024 09:30 GMT\n\nDock workers returned on Tuesday.\n');
    const [result] = await readAll([path]);
    expect(result?.ok && result.article).toMatchObject({ published: '2024-03-12', publishedInferred: true });
    expect(result?.ok && blockTexts(result.article)).toEqual(['headline: Port Strike Ends', 'body: Dock workers returned on Tuesday.']);
  });

  it('prefers --published over a dateline in the text', async () => {
    const path = write('dateline2.txt', 'Port Strike Ends\n\nMarch 12, 2024\n\nDock workers returned on Tuesday.\n');
    const [result] = await readAll([path], { published: '2024-03-13' });
    expect(result?.ok && result.article).toMatchObject({ published: '2024-03-13', publishedInferred: true });
  });

  it('takes a Markdown heading as the title without its # marks', async () => {
    const path = write('notes.md', '# Tram Depot Expanded\n\nThe depot gained four new tracks.\n');
    const [result] = await readAll([path]);
    expect(result?.ok && result.article.title).toBe('Tram Depot Expanded');
    expect(result?.ok && blockTexts(result.article)).toEqual(['headline: # Tram Depot Expanded', 'body: The depot gained four new tracks.']);
  });

  it('keeps a byte-order mark in the text so offsets match the file', async () => {
    const path = write('bom.txt', '\uFEFFBridge Opens\n\nThe bridge opened on Friday.\n');
    const [result] = await readAll([path]);
    expect(result?.ok && result.article).toMatchObject({ title: 'Bridge Opens', fileOffset: 1 });
  });
});

describe('plain-text reader failures', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty file'],
    ['blank.txt', Buffer.from('  \n\n \n'), 'empty file'],
    ['binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]), 'binary content'],
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'not valid UTF-8'],
    ['utf16.txt', Buffer.from('\uFEFFHello', 'utf16le'), 'UTF-16'],
  ])('%s is a failure naming the reason, and the next file is still read', async (name, content, reason) => {
    const bad = write(name, content);
    const good = write(`after-${name}`, 'Good Story\n\nIt reads fine.\n');
    const results = await readAll([bad, good]);
    expect(failuresOf(results)).toEqual([{ input: bad, reason: expect.stringContaining(reason) }]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Good Story']);
  });

  it('a missing file and a directory are failures', async () => {
    const results = await readAll([join(scratch, 'nope.txt'), scratch]);
    expect(failuresOf(results)).toEqual([
      { input: join(scratch, 'nope.txt'), reason: 'file not found' },
      { input: scratch, reason: expect.stringContaining('directory') },
    ]);
  });

  it('invalid front matter YAML is a failure naming the file', async () => {
    const path = write('bad-yaml.txt', '---\ntitle: [unclosed\n---\n\nText.\n');
    expect(failuresOf(await readAll([path]))).toEqual([{ input: path, reason: expect.stringContaining('front matter is not valid YAML') }]);
  });

  it('an article over the per-article size limit is a failure; the file is not read whole beyond its cap', async () => {
    const path = write('big.txt', `Huge Story\n\n${'All work and no play. '.repeat(100)}\n`);
    const small = await readAll([path], { limits: { maxArticleChars: 500 } });
    expect(failuresOf(small)).toEqual([{ input: path, reason: expect.stringContaining('per-article limit') }]);
    const capped = await readAll([path], { limits: { maxFileBytes: 100 } });
    expect(failuresOf(capped)).toEqual([{ input: path, reason: expect.stringContaining('limit for reading a file whole') }]);
  });

  it('in a multi-article file, only the oversized article fails; its neighbours are read', async () => {
    const filler = 'The committee met again and the minutes were approved without changes.\n\n';
    write('huge-middle.txt', `Small Story One\n\nA short first story.\n\nGiant Story Two\n\n${filler.repeat(80_000)}Small Story Three\n\nA short last story.\n`);
    const manifest = write(
      'huge-middle.json',
      JSON.stringify(['Small Story One', 'Giant Story Two', 'Small Story Three'].map((title) => ({ file: 'huge-middle.txt', title, published: '2024-01-01' }))),
    );
    const results = await readAll([], { manifest });
    expect(results.map((r) => (r.ok ? r.article.title : r.reason))).toEqual([
      'Small Story One',
      expect.stringMatching(/^article "Giant Story Two" is 5\.\d M characters, over the 5\.0 M characters per-article limit$/),
      'Small Story Three',
    ]);
  });

  it('an invalid --published date throws before anything is read', async () => {
    await expect(readAll([], { published: '2024-02-30' })).rejects.toThrow('--published must be a real date');
  });
});
