import fc from 'fast-check';
import { findTemporalExpressions } from '../../importers/dates';
import { extractMentions, runStages } from '../../importers/pipeline';
import type { Article } from '../../importers/types';

/**
 * The extractor on any text at all: random strings, adversarial shapes (long runs of one character,
 * abbreviations without end, unicode oddities) never make it throw, its output stays well formed,
 * and its running time grows linearly with the input (no regular expression that backtracks
 * without bound). Linearity is a ratio of two runs in the same process, never an absolute time.
 */
function articleOf(text: string, published: string | null = '2024-05-17'): Article {
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak < 0 ? Math.min(text.length, 120) : firstBreak;
  return {
    title: text.slice(0, headlineEnd) || 'untitled',
    published,
    publishedInferred: false,
    url: null,
    outlet: null,
    file: 'property.txt',
    text,
    fileOffset: 0,
    blocks: [
      { start: 0, end: headlineEnd, kind: 'headline' },
      { start: headlineEnd, end: text.length, kind: 'body' },
    ],
  };
}

/** A sentence the extractor must find wherever it stands: if a stage threw on the noise around it, it would be lost. */
const SENTINEL = 'The Ohio Senate on March 3, 2021 passed a bill that bans TikTok on government devices.';

/** Shapes that make regular expressions and sentence splitters work hardest, each `n` characters or so long. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  dots: (n) => '.'.repeat(n),
  'U.S. repeated': (n) => 'U.S. '.repeat(n / 5),
  'abbreviations without end': (n) => 'Sen. Dr. No. Feb. Jan. U.K. e.g. '.repeat(n / 32),
  punctuation: (n) => '!?,;:—–-“”"\'()[]…'.repeat(n / 16),
  'one long word': (n) => 'a'.repeat(n),
  'digits and dashes': (n) => '2023-12-31-'.repeat(n / 11),
  'month names': (n) => 'January February March '.repeat(n / 24),
  'date words without dates': (n) => 'on Monday last month next week in ago by until '.repeat(n / 48),
  'capitalised words': (n) => 'Ban Law Court Senate Act Commission '.repeat(n / 36),
  'open quotes': (n) => '“ '.repeat(n / 2),
  'emoji and combining marks': (n) => '🇪🇺 é̃ 👩‍⚖️ '.repeat(n / 16),
  'lone surrogates and controls': (n) => '\ud800 \udfff \u0000 \u200b \u202e '.repeat(n / 10),
  'whitespace runs': (n) => ' \t\n\r\n  '.repeat(n / 7),
  'cue words without actors': (n) => 'banned fined blocked ruled passed signed '.repeat(n / 42),
};

const unicodeText = fc.string({ unit: 'grapheme', maxLength: 400 });
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), unicodeText);
const published = fc.constantFrom('2024-05-17', '2020-02-29', null, 'not a date', '');

describe('extractor properties on arbitrary text', () => {
  it('runStages (no safety net) never throws on random text', () => {
    fc.assert(
      fc.property(anyText, published, (text, day) => {
        runStages(articleOf(text, day));
      }),
      { numRuns: 400 },
    );
  });

  it('extractMentions output is well formed on random text: quotes are exact slices of it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = articleOf(text);
        for (const m of extractMentions(a)) {
          expect(a.text.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
          expect(m.quoteStart).toBeLessThan(m.quoteEnd);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findTemporalExpressions never throws, and its spans are sorted, disjoint and inside the text', () => {
    fc.assert(
      fc.property(anyText, published, (text, day) => {
        let end = 0;
        for (const e of findTemporalExpressions(text, day as string | null)) {
          expect(e.start).toBeGreaterThanOrEqual(end);
          expect(e.end).toBeLessThanOrEqual(text.length);
          end = e.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random noise around a real event never hides it (a swallowed failure would)', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const text = `Ohio acts\n\n${before}\n\n${SENTINEL}\n\n${after}`;
        const mentions = extractMentions(articleOf(text));
        expect(mentions.some((m) => m.quote.includes('passed a bill that bans TikTok') && m.date.value === '2021-03-03')).toBe(true);
        const at = text.indexOf(SENTINEL);
        expect(findTemporalExpressions(text, '2024-05-17').some((e) => e.start > at && e.value === '2021-03-03')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe.each(Object.entries(ADVERSARIAL))('adversarial text: %s', (_name, make) => {
  it('never throws, even at 200 KB, and still finds an event placed after it', () => {
    const noise = make(200_000);
    expect(() => runStages(articleOf(noise))).not.toThrow();
    expect(() => findTemporalExpressions(noise, '2024-05-17')).not.toThrow();
    const text = `Ohio acts\n\n${make(20_000)}\n\n${SENTINEL}`;
    expect(extractMentions(articleOf(text)).some((m) => m.date.value === '2021-03-03')).toBe(true);
  });

  it('takes linear time: four times the text costs at most about four times the CPU', () => {
    // CPU time of this process (not wall time, which other processes on a shared machine inflate),
    // best of three runs to shed GC noise. Linear gives about 4; a quadratic step would give about 16.
    const cost = (n: number): number => {
      const text = `Ohio acts\n\n${make(n)}\n\n${SENTINEL}`;
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = process.cpuUsage();
        extractMentions(articleOf(text));
        findTemporalExpressions(text, '2024-05-17');
        const used = process.cpuUsage(start);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    cost(20_000); // warm the JIT and chrono's caches
    const single = cost(50_000);
    const quadruple = cost(200_000);
    expect(quadruple / single).toBeLessThan(8);
  });
});
