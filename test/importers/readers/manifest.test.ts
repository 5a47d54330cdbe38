import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestRuns, parseManifest } from '../../../importers/readers/manifest';
import { readAll } from './read-all';

const scratch = mkdtempSync(join(tmpdir(), 'readers-manifest-'));

describe('manifest parsing', () => {
  it('accepts the contract shape and fills absent optional fields with null', () => {
    const entries = parseManifest(JSON.stringify([{ file: 'a.txt', title: 'A', published: '2023-03-17', url: null, outlet: 'AP' }, { file: 'a.txt', title: 'B' }]), 'm.json');
    expect(entries).toEqual([
      { file: 'a.txt', title: 'A', published: '2023-03-17', url: null, outlet: 'AP' },
      { file: 'a.txt', title: 'B', published: null, url: null, outlet: null },
    ]);
  });

  it.each([
    ['not JSON', '{oops', 'm.json: not valid JSON'],
    ['an object', '{"file": "a.txt"}', 'm.json: must be a JSON array'],
    ['an entry without a title', '[{"file": "a.txt"}]', 'entry 1 (title)'],
    ['an empty file name', '[{"file": " ", "title": "A"}]', 'entry 1 (file): must be a non-empty path'],
    ['an impossible date', '[{"file": "a.txt", "title": "A"}, {"file": "a.txt", "title": "B", "published": "2023-02-30"}]', 'entry 2 (published): must be a real date'],
    ['a date in another shape', '[{"file": "a.txt", "title": "A", "published": "17/03/2023"}]', 'entry 1 (published)'],
    ['a number as url', '[{"file": "a.txt", "title": "A", "url": 7}]', 'entry 1 (url)'],
  ])('rejects %s with an error naming the manifest and the flaw', (_case, text, message) => {
    expect(() => parseManifest(text, 'm.json')).toThrow(message);
  });

  it('groups consecutive entries of a file and resolves paths against the manifest folder', () => {
    const entries = parseManifest(JSON.stringify([{ file: 'a.txt', title: 'A' }, { file: 'a.txt', title: 'B' }, { file: 'sub/b.txt', title: 'C' }]), '/data/m.json');
    expect(manifestRuns(entries, '/data/m.json').map((run) => [run.file, run.path, run.entries.length])).toEqual([
      ['a.txt', '/data/a.txt', 2],
      ['sub/b.txt', '/data/sub/b.txt', 1],
    ]);
  });

  it('a malformed or missing manifest makes readInputs throw, naming it', async () => {
    const path = join(scratch, 'bad.json');
    writeFileSync(path, '[{"file": "a.txt", "title": "A", "published": "yesterday"}]');
    await expect(readAll([], { manifest: path })).rejects.toThrow(`manifest ${path}: entry 1 (published)`);
    await expect(readAll([], { manifest: join(scratch, 'none.json') })).rejects.toThrow('file not found');
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
