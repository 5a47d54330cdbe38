import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestRuns, parseManifest } from '../../../importers/readers/manifest';
import { readAll } from './read-all';

const scratch = mkdtempSync(join(tmpdir(), 'readers-manifest-'));

describe('manifest parsing', () => {
  it('accepts the contract shape and fills absent optional fields with null', () => {
    const { entries, invalid } = parseManifest(JSON.stringify([{ file: 'a.txt', title: 'A', published: '2023-03-17', url: null, outlet: 'AP' }, { file: 'a.txt', title: 'B' }]), 'm.json');
    expect(invalid).toEqual([]);
    expect(entries).toEqual([
      { file: 'a.txt', title: 'A', published: '2023-03-17', url: null, outlet: 'AP' },
      { file: 'a.txt', title: 'B', published: null, url: null, outlet: null },
    ]);
  });

  it('accepts a null or absent title: the page prints none', () => {
    const { entries, invalid } = parseManifest(JSON.stringify([{ file: 'a.txt', title: null }, { file: 'b.txt' }]), 'm.json');
    expect(invalid).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([null, null]);
  });

  it.each([
    ['not JSON', '{oops', 'm.json: not valid JSON'],
    ['an object', '{"file": "a.txt"}', 'm.json: must be a JSON array'],
  ])('rejects %s whole, naming the manifest', (_case, text, message) => {
    expect(() => parseManifest(text, 'm.json')).toThrow(message);
  });

  it.each([
    ['an entry without a file', '[{"title": "A"}]', 'file'],
    ['an empty file name', '[{"file": " ", "title": "A"}]', 'file: must be a non-empty path'],
    ['an empty title', '[{"file": "a.txt", "title": "  "}]', 'title: must be a non-empty title'],
    ['a date in another shape', '[{"file": "a.txt", "title": "A", "published": "17/03/2023"}]', 'published'],
    ['a number as url', '[{"file": "a.txt", "title": "A", "url": 7}]', 'url'],
    ['an entry that is not an object', '[7]', 'expected object'],
  ])('sets aside %s with its index and reason, keeping the valid entries', (_case, text, reason) => {
    const entries = JSON.parse(text) as unknown[];
    const { entries: valid, invalid } = parseManifest(JSON.stringify([{ file: 'ok.txt', title: null }, ...entries]), 'm.json');
    expect(valid.map((entry) => entry.file)).toEqual(['ok.txt']);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.index).toBe(2);
    expect(invalid[0]?.reason).toContain(reason);
  });

  it('groups consecutive entries of a file and resolves paths against the manifest folder', () => {
    const { entries } = parseManifest(JSON.stringify([{ file: 'a.txt', title: 'A' }, { file: 'a.txt', title: 'B' }, { file: 'sub/b.txt', title: 'C' }]), '/data/m.json');
    expect(manifestRuns(entries, '/data/m.json').map((run) => [run.file, run.path, run.entries.length])).toEqual([
      ['a.txt', '/data/a.txt', 2],
      ['sub/b.txt', '/data/sub/b.txt', 1],
    ]);
  });

  it('an invalid entry is one failure naming its index while the other entries are read; a missing manifest throws', async () => {
    writeFileSync(join(scratch, 'good.txt'), 'Regulators met on Monday.\n\nThe second paragraph.\n');
    const path = join(scratch, 'bad.json');
    writeFileSync(path, JSON.stringify([{ file: 'good.txt', title: 'A', published: 'yesterday' }, { file: 'good.txt', title: null, published: '2024-02-01' }]));
    const results = await readAll([], { manifest: path });
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && `${r.input}: ${r.reason}`)).toEqual([expect.stringMatching(/entry 1: published: must be a real date/)]);
    expect(results.filter((r) => r.ok).map((r) => r.ok && [r.article.file, r.article.published])).toEqual([['good.txt', '2024-02-01']]);
    await expect(readAll([], { manifest: join(scratch, 'none.json') })).rejects.toThrow('file not found');
  });

  it('a title-less entry reads the whole file as one article with no headline', async () => {
    writeFileSync(join(scratch, 'untitled.txt'), '\nMenu Home News\nThe ministry banned the app on Monday.\n\nIt takes effect in May.\n');
    const manifest = join(scratch, 'untitled.json');
    writeFileSync(manifest, JSON.stringify([{ file: 'untitled.txt', title: null, published: '2024-03-04', outlet: 'Wire' }]));
    const [result] = await readAll([], { manifest });
    if (!result?.ok) throw new Error('expected an article');
    expect(result.article.title).toBe('');
    expect(result.article.outlet).toBe('Wire');
    expect(result.article.fileOffset).toBe(1);
    expect(result.article.blocks.some((block) => block.kind === 'headline')).toBe(false);
  });

  it('a title-less entry beside titled ones for the same file is refused alone', async () => {
    writeFileSync(join(scratch, 'two.txt'), 'First Story\n\nProse one.\n\nSecond Story\n\nProse two.\n');
    const manifest = join(scratch, 'two.json');
    writeFileSync(manifest, JSON.stringify([{ file: 'two.txt', title: 'First Story' }, { file: 'two.txt', title: null }]));
    const results = await readAll([], { manifest });
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('with named inputs, a file the manifest names takes its entries; others are read alone', async () => {
    writeFileSync(join(scratch, 'named.txt'), 'Named Story\n\nProse.\n');
    writeFileSync(join(scratch, 'other.txt'), 'Other Story\n\nProse.\n');
    const manifest = join(scratch, 'named.json');
    writeFileSync(manifest, JSON.stringify([{ file: 'named.txt', title: 'Named Story', published: '2024-01-05' }]));
    const results = await readAll([join(scratch, 'other.txt'), join(scratch, 'named.txt')], { manifest });
    expect(results.map((r) => r.ok && [r.article.file, r.article.published])).toEqual([
      [join(scratch, 'other.txt'), null],
      ['named.txt', '2024-01-05'],
    ]);
  });
});
