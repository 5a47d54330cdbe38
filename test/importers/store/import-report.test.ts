import { createImportProgress } from '../../../importers/store/import-progress';
import { formatImportSummary } from '../../../importers/store/import-report';

describe('import progress without a terminal', () => {
  it('writes one line every N articles', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const progress = createImportProgress({ stream, total: 5, every: 2 });
    for (let done = 1; done <= 5; done++) progress.update(done);
    progress.stop();
    expect(written).toEqual(['import: 2/5 articles\n', 'import: 4/5 articles\n']);
  });
});

describe('formatImportSummary', () => {
  it('prints the counts, then each skipped input with its reason', () => {
    const text = formatImportSummary({
      articles: 1,
      articlesSkipped: 3,
      events: 2,
      eventsCreated: 1,
      sourcesAdded: 2,
      failures: [{ input: 'a.txt', reason: 'not UTF-8 text' }],
    });
    expect(text).toBe(
      'imported 1 article, skipped 3 already present; 1 event created, 2 sources added (2 events touched)\n' +
        '1 input skipped:\n  a.txt: not UTF-8 text\n',
    );
  });
});
