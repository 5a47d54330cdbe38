/**
 * Splits an article's text into plain runs and quote runs, so the page can mark the sentences that
 * produced events. Offsets are trusted when the text at them is the quote; otherwise the quote is
 * looked up in the text, and left unmarked when absent. Overlapping quotes are clipped to the part
 * not already marked, so every character appears exactly once.
 *
 *   splitByQuotes('A b. C d.', [{ quote: 'C d.', quote_start: 5, quote_end: 9, … }])
 *   → [{ text: 'A b. ' }, { text: 'C d.', quote: … }]
 */
export interface QuoteSpan {
  quote: string;
  quote_start: number;
  quote_end: number;
}

export interface TextRun<Q> {
  text: string;
  quote?: Q;
}

function locate(text: string, q: QuoteSpan): { start: number; end: number } | null {
  if (q.quote_start >= 0 && q.quote_end <= text.length && text.slice(q.quote_start, q.quote_end) === q.quote) {
    return { start: q.quote_start, end: q.quote_end };
  }
  const found = q.quote ? text.indexOf(q.quote) : -1;
  return found >= 0 ? { start: found, end: found + q.quote.length } : null;
}

export function splitByQuotes<Q extends QuoteSpan>(text: string, quotes: Q[]): TextRun<Q>[] {
  const placed = quotes
    .map((quote) => ({ quote, at: locate(text, quote) }))
    .filter((p): p is { quote: Q; at: { start: number; end: number } } => p.at !== null)
    .sort((a, b) => a.at.start - b.at.start || b.at.end - a.at.end);
  const runs: TextRun<Q>[] = [];
  let cursor = 0;
  for (const { quote, at } of placed) {
    const start = Math.max(at.start, cursor);
    if (at.end <= start) continue;
    if (start > cursor) runs.push({ text: text.slice(cursor, start) });
    runs.push({ text: text.slice(start, at.end), quote });
    cursor = at.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}
