import type { ImportSummary } from './import-articles';

/** The end-of-import summary for stderr: counts on one line, then one line per failed input. */
export function formatImportSummary(summary: ImportSummary): string {
  const lines = [
    `imported ${summary.articles} ${plural(summary.articles, 'article')}, ` +
      `skipped ${summary.articlesSkipped} already present; ` +
      `${summary.eventsCreated} ${plural(summary.eventsCreated, 'event')} created, ` +
      `${summary.sourcesAdded} ${plural(summary.sourcesAdded, 'source')} added ` +
      `(${summary.events} ${plural(summary.events, 'event')} touched)`,
  ];
  if (summary.failures.length > 0) {
    lines.push(`${summary.failures.length} ${plural(summary.failures.length, 'input')} skipped:`);
    for (const failure of summary.failures) lines.push(`  ${failure.input}: ${failure.reason}`);
  }
  if (summary.stopped) lines.push(`stopped: ${summary.stopped}`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
