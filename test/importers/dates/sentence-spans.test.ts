import { MAX_SPAN, sentenceSpans } from '../../../importers/dates/sentence-spans';

function sentences(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end).trim());
}

describe('sentenceSpans', () => {
  it('splits at sentence ends and line breaks', () => {
    expect(sentences('The agency acted. It said so! Did it?\nA new paragraph')).toEqual(['The agency acted.', 'It said so!', 'Did it?', 'A new paragraph']);
  });

  it('joins hard-wrapped lines that continue a sentence', () => {
    expect(sentences('The law took effect on December\n10, 2025, and was\namended.\nA new line')).toEqual([
      'The law took effect on December\n10, 2025, and was\namended.',
      'A new line',
    ]);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(sentences('Sen. Moran wrote on Feb. 28 about U.S. rules at 10 a.m. on the day. Fines hit $4.5 million.')).toEqual([
      'Sen. Moran wrote on Feb. 28 about U.S. rules at 10 a.m. on the day.',
      'Fines hit $4.5 million.',
    ]);
  });

  it('cuts a run-on text into spans no longer than MAX_SPAN, at spaces', () => {
    const text = 'word '.repeat(1000);
    const spans = sentenceSpans(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SPAN);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('covers the text without gaps or overlaps', () => {
    const text = 'One. Two.  Three\n\nFour';
    const spans = sentenceSpans(text);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
  });
});
