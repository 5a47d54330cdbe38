import { coverage as quoteCoverage } from '../../../scripts/gold-match';
/**
 * The scoring rule of ../shared/eval/score.mjs, for the fixtures next to this file: a mention
 * matches an expected event of the same file when its quote covers ≥ 60% of the expected quote's
 * words (and is not much longer), the jurisdiction is equal (a null expected one accepts any) and
 * the type is the expected type or one of its alt_types. Strict also needs an accepted date.
 */
export interface ExpectedEvent {
  quote: string;
  alt_quotes?: string[];
  jurisdiction: string | null;
  type: string;
  alt_types?: string[];
  dates: Array<string | null>;
  companies: string[];
  required: boolean;
}

export interface ScoredMention {
  quote: string;
  jurisdiction: string | null;
  type: string;
  date: string | null;
  date_basis: string;
  companies: string[];
}

export interface Score {
  matched: number;
  matchedRequired: number;
  extracted: number;
  required: number;
  strictMatched: number;
  strictMatchedRequired: number;
  missed: ExpectedEvent[];
  spurious: ScoredMention[];
}

/** The scorer's quote rule, shared with scripts/error-analysis.ts. */
const coverage = (g: ExpectedEvent, e: ScoredMention): number => quoteCoverage(g, e.quote);

const dateOk = (g: ExpectedEvent, e: ScoredMention): boolean =>
  g.dates.includes(e.date?.slice(0, 10) ?? null) || (g.dates.includes(null) && e.date_basis === 'reported');

/** Greedy matching as score.mjs does it: required events first, best coverage (date-correct preferred) first. */
export function scoreMentions(expected: ExpectedEvent[], mentions: ScoredMention[]): Score {
  const used = new Set<number>();
  const matches: Array<{ g: ExpectedEvent; dateOk: boolean }> = [];
  for (const g of [...expected].sort((a, b) => Number(b.required) - Number(a.required))) {
    let best: { i: number; score: number; e: ScoredMention } | null = null;
    mentions.forEach((e, i) => {
      if (used.has(i)) return;
      if (g.jurisdiction && e.jurisdiction !== g.jurisdiction) return;
      if (![g.type, ...(g.alt_types ?? [])].includes(e.type)) return;
      const cov = coverage(g, e);
      if (cov < 0.6) return;
      const score = cov + (dateOk(g, e) ? 1 : 0);
      if (!best || score > best.score) best = { i, score, e };
    });
    const found = best as { i: number; score: number; e: ScoredMention } | null;
    if (found) {
      used.add(found.i);
      matches.push({ g, dateOk: dateOk(g, found.e) });
    }
  }
  return {
    matched: matches.length,
    matchedRequired: matches.filter((m) => m.g.required).length,
    strictMatched: matches.filter((m) => m.dateOk).length,
    strictMatchedRequired: matches.filter((m) => m.dateOk && m.g.required).length,
    extracted: mentions.length,
    required: expected.filter((g) => g.required).length,
    missed: expected.filter((g) => g.required && !matches.some((m) => m.g === g)),
    spurious: mentions.filter((_e, i) => !used.has(i)),
  };
}
