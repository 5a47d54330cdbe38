import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TemporalExpression, findTemporalExpressions } from '../../../importers/dates';
import { describeWithCorpus } from '../../support/corpus';

interface ManifestEntry {
  file: string;
  title: string;
  published: string | null;
}

/** Each manifest article's text: from its title line to the next article's title in the same file. */
function articles(dir: string): Array<ManifestEntry & { text: string }> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const texts = new Map<string, string>();
  const starts = manifest.map((entry, i) => {
    const text = texts.get(entry.file) ?? readFileSync(join(dir, entry.file), 'utf8');
    texts.set(entry.file, text);
    const previous = manifest.slice(0, i).filter((e) => e.file === entry.file).length;
    return previous === 0 ? 0 : text.indexOf(entry.title);
  });
  return manifest.map((entry, i) => {
    const text = texts.get(entry.file) ?? '';
    const next = manifest.findIndex((e, j) => j > i && e.file === entry.file);
    return { ...entry, text: text.slice(starts[i], next === -1 ? text.length : starts[next]) };
  });
}

describeWithCorpus('dates in the seed corpus', (dir) => {
  const all = articles(dir);
  const byDate = (published: string) => {
    const article = all.find((a) => a.published === published);
    if (!article) throw new Error(`no seed article published ${published}`);
    return { text: article.text, found: findTemporalExpressions(article.text, published) };
  };
  /** The expression starting inside `phrase` (first occurrence in the article). */
  const at = (article: { text: string; found: TemporalExpression[] }, phrase: string) => {
    const start = article.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    return article.found.find((e) => e.start >= start && e.start < start + phrase.length);
  };

  it('resolves the 2023-03-17 article against its publication date', () => {
    const article = byDate('2023-03-17');
    expect(at(article, 'On Thursday, British')).toMatchObject({ value: '2023-03-16', precision: 'day', basis: 'relative' });
    expect(at(article, 'Last month, the White House')).toMatchObject({ value: '2023-02', precision: 'month', basis: 'relative' });
    expect(at(article, 'In June, TikTok')).toMatchObject({ value: '2022-06', precision: 'month', basis: 'relative' });
    expect(at(article, 'in 2017 requires')).toMatchObject({ value: '2017', precision: 'year', basis: 'explicit' });
    expect(at(article, 'In 2020, then-President')).toMatchObject({ value: '2020', precision: 'year', basis: 'explicit' });
    expect(at(article, 'next week before')).toMatchObject({ value: '2023-03', precision: 'month', basis: 'relative' });
    expect(at(article, 'in February to Treasury')).toMatchObject({ value: '2023-02', precision: 'month' });
    expect(at(article, 'in December when')).toMatchObject({ value: '2022-12', precision: 'month' });
    expect(at(article, 'on Wednesday accused')).toMatchObject({ value: '2023-03-15', precision: 'day' });
    expect(at(article, 'asked Thursday')).toMatchObject({ value: '2023-03-16', precision: 'day' });
    expect(at(article, 'Last year, the US')).toMatchObject({ value: '2022', precision: 'year', basis: 'relative' });
    expect(at(article, 'August 22, 2022')).toMatchObject({ value: '2022-08-22', precision: 'day', basis: 'explicit' });
  });

  it('finds no date in numbers that are not dates', () => {
    const article = byDate('2023-03-17');
    expect(at(article, '60% by global')).toBeUndefined();
    expect(at(article, '30 days to delete')).toBeUndefined();
    expect(at(article, 'may ban the application')).toBeUndefined();
  });

  it('resolves the 2026-01-12 article, including a date named with "last year" and a reporting week', () => {
    const article = byDate('2026-01-12');
    expect(at(article, 'on Monday to rethink')).toMatchObject({ value: '2026-01-12', precision: 'day', basis: 'relative' });
    expect(at(article, 'December 10 last year')).toMatchObject({ value: '2025-12-10', precision: 'day', basis: 'relative' });
    expect(at(article, 'the week to December 11')).toMatchObject({ value: '2025-12-11', precision: 'day', basis: 'relative' });
    expect(at(article, 'Aus $49.5 million')).toBeUndefined();
  });

  it('resolves the 2026-01-10 article: a year after "until", and no date in "may not"', () => {
    const article = byDate('2026-01-10');
    expect(at(article, 'until 2030')).toMatchObject({ value: '2030', precision: 'year', basis: 'explicit' });
    expect(at(article, 'last month. However')).toMatchObject({ value: '2025-12', precision: 'month' });
    expect(at(article, 'in December, said')).toMatchObject({ value: '2025-12', precision: 'month' });
    expect(at(article, 'this week')).toMatchObject({ value: '2026-01', precision: 'month' });
    expect(at(article, 'may not do so')).toBeUndefined();
  });

  it('finds only explicit dates in the undated article, and none of its measurements', () => {
    const article = all.find((a) => a.published === null);
    expect(article).toBeDefined();
    const found = findTemporalExpressions(article?.text ?? '', null);
    expect(found.every((e) => e.basis === 'explicit')).toBe(true);
    expect(found).toEqual([]);
  });
});
