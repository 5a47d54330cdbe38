import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toContractMention } from '../../../importers/contract-mention';
import { extractMentions } from '../../../importers/pipeline';
import { readInputs } from '../../../importers/readers';
import { type ExpectedEvent, type ScoredMention, type Score, scoreMentions } from './score-mentions';

/**
 * End to end on articles written for this test (fixtures/*.txt, each with its expected mentions in
 * fixtures/*.json): reader → pipeline → contract mention, scored with the rule of
 * ../shared/eval/score.mjs. None of them is a seed article; they cover events the seeds do not.
 */
const DIR = join(__dirname, 'fixtures');
/** Article files in any format the readers take: plain text, an HTML page, an RSS feed of several articles. */
const ARTICLE_FILE = /\.(?:txt|html|rss)$/;
const FILES = new Map(
  readdirSync(DIR)
    .filter((f) => ARTICLE_FILE.test(f))
    .map((f) => [f.replace(ARTICLE_FILE, ''), f] as const),
);
const NAMES = [...FILES.keys()].sort();

async function extract(name: string): Promise<ScoredMention[]> {
  const out: ScoredMention[] = [];
  for await (const result of readInputs([join(DIR, FILES.get(name) ?? `${name}.txt`)], {})) {
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    for (const m of extractMentions(result.article)) out.push(toContractMention(m, result.article) as ScoredMention);
  }
  return out;
}

const expectedOf = (name: string): ExpectedEvent[] => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as ExpectedEvent[];

describe('unseen articles, end to end', () => {
  const scores = new Map<string, Score>();

  beforeAll(async () => {
    for (const name of NAMES) scores.set(name, scoreMentions(expectedOf(name), await extract(name)));
  });

  it('has the fixtures it is meant to have', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(23);
    expect([...FILES.values()].some((f) => f.endsWith('.html'))).toBe(true);
    expect([...FILES.values()].some((f) => f.endsWith('.rss'))).toBe(true);
  });

  it('reaches precision and recall of at least 0.8 (strict: dates count) over the whole set', () => {
    const all = [...scores.values()];
    const sum = (f: (s: Score) => number): number => all.reduce((n, s) => n + f(s), 0);
    const precision = sum((s) => s.strictMatched) / sum((s) => s.extracted);
    const recall = sum((s) => s.strictMatchedRequired) / sum((s) => s.required);
    const report = [...scores].map(([name, s]) => ({ name, missed: s.missed.map((g) => g.quote.slice(0, 60)), spurious: s.spurious.map((e) => `${e.jurisdiction} ${e.type} ${e.quote.slice(0, 60)}`) }));
    expect({ precision: precision >= 0.8, recall: recall >= 0.8, precision_value: precision, recall_value: recall, report }).toMatchObject({ precision: true, recall: true });
  });

  it('finds nothing in an article with no policy events', () => {
    expect(scores.get('no-policy')?.extracted).toBe(0);
  });

  it('gives each expected company of a matched event', async () => {
    for (const name of NAMES) {
      const mentions = await extract(name);
      for (const g of expectedOf(name).filter((e) => e.required && e.companies.length)) {
        // (two events may quote one sentence: "banned TikTok … and blocked YouTube …"; the one with the companies is the match)
        const matching = mentions.filter((e) => scoreMentions([g], [e]).matched === 1);
        const m = matching.find((e) => g.companies.every((name) => e.companies.includes(name))) ?? matching[0];
        if (m) expect({ name, quote: g.quote.slice(0, 40), companies: m.companies }).toEqual({ name, quote: g.quote.slice(0, 40), companies: expect.arrayContaining(g.companies) });
      }
    }
  });
});
