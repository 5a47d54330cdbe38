import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../importers/types';
import { describeWithCorpus } from '../../support/corpus';
import { articlesOf, failuresOf, readAll } from './read-all';

interface SeedEntry {
  file: string;
  title: string;
  published: string | null;
}

describeWithCorpus('readers on the seed corpus', (dir) => {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as SeedEntry[];
  let articles: Article[] = [];

  beforeAll(async () => {
    const results = await readAll([], { manifest: manifestPath });
    expect(failuresOf(results)).toEqual([]);
    articles = articlesOf(results);
  });

  it('yields one article per manifest entry with its title, file and date', () => {
    expect(articles).toHaveLength(manifest.length);
    expect(articles.map((a) => [a.file, a.title, a.published, a.publishedInferred])).toEqual(
      manifest.map((entry) => [entry.file, entry.title, entry.published, false]),
    );
  });

  it('each text is the verbatim slice of its file at fileOffset', () => {
    for (const article of articles) {
      const fileText = readFileSync(join(dir, article.file), 'utf8');
      expect(article.fileOffset).not.toBeNull();
      expect(fileText.slice(article.fileOffset ?? 0, (article.fileOffset ?? 0) + article.text.length)).toBe(article.text);
    }
  });

  it('splits each article at its title and holds no neighbour’s headline', () => {
    for (const [index, article] of articles.entries()) {
      expect(article.text.startsWith(article.title)).toBe(true);
      const fileText = readFileSync(join(dir, article.file), 'utf8');
      expect(article.fileOffset).toBe(fileText.indexOf(article.title));
      for (const other of articles) {
        if (other !== article && other.file === article.file) expect(article.text).not.toContain(other.title);
      }
      const next = articles[index + 1];
      if (next && next.file === article.file) expect((article.fileOffset ?? 0) + article.text.length).toBeLessThanOrEqual(next.fileOffset ?? 0);
    }
  });

  it('has one headline then body paragraphs, none of them boilerplate', () => {
    for (const article of articles) {
      const kinds = article.blocks.map((block) => block.kind);
      expect(kinds[0]).toBe('headline');
      expect(kinds.filter((kind) => kind === 'headline')).toHaveLength(1);
      expect(kinds.length).toBeGreaterThan(5);
      const texts = article.blocks.map((block) => article.text.slice(block.start, block.end));
      const lines = article.text.split('\n').map((line) => line.trim()).filter(Boolean);
      const repeated = new Set(lines.filter((line, i) => lines.indexOf(line) !== i));
      for (const text of texts.slice(1)) {
        for (const line of repeated) expect(text).not.toContain(line);
        expect(text).not.toMatch(/Share post|SUBSCRIBE NOW|Related articles|Become a member|read the original story/);
        expect(text).not.toMatch(/\((?:Reuters|AFP|AP)\)\s*$|\/ AFP$/m);
        expect(text).not.toBe(text.toUpperCase());
      }
    }
  });

  it('keeps what follows "Related articles" out of the body', () => {
    for (const article of articles) {
      const cut = article.text.indexOf('Related articles');
      if (cut !== -1) expect(article.blocks.every((block) => block.end <= cut)).toBe(true);
    }
  });
});
