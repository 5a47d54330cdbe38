import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The seed corpus lives outside the project (never copied in). TIMELINE_CORPUS_DIR points at it;
 * the default is the sibling checkout's ../shared/corpus/seeds. Absent corpus: tests skip, except
 * under CI=true where its absence is a failure.
 */
export function seedCorpusDir(): string | null {
  const dir = resolve(process.env.TIMELINE_CORPUS_DIR ?? resolve(__dirname, '../../../shared/corpus/seeds'));
  if (existsSync(resolve(dir, 'manifest.json'))) return dir;
  if (process.env.CI === 'true') throw new Error(`CI=true but the seed corpus is missing at ${dir} (set TIMELINE_CORPUS_DIR)`);
  return null;
}

/** `describe` when the corpus is present, `describe.skip` (reported as skipped) when not. */
export function describeWithCorpus(title: string, body: (dir: string) => void): void {
  const dir = seedCorpusDir();
  if (dir) describe(title, () => body(dir));
  else describe.skip(`${title} (seed corpus absent: set TIMELINE_CORPUS_DIR)`, () => it('needs the corpus', () => undefined));
}
