/**
 * The matching rule of ../shared/eval/score.mjs, with the pairs it makes (the error analysis needs
 * to know which mention took which gold event): a mention matches a gold event of the same file
 * when its quote covers ≥ 60 % of the gold quote's words (or an alt quote's) and is not much longer,
 * the jurisdiction is equal (a null gold jurisdiction accepts any), and the type is the gold type or
 * an alt type. Strict also needs a date the gold accepts. Greedy, required events first.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldEvent {
  file: string;
  id?: string;
  quote: string;
  alt_quotes?: string[];
  jurisdiction: string | null;
  type: string;
  alt_types?: string[];
  dates?: Array<string | null>;
  date?: string | null;
  companies: string[];
  required: boolean;
  summary?: string;
}

export interface ScoredMention {
  quote: string;
  jurisdiction: string | null;
  type: string;
  date: string | null;
  basis: string;
}

export interface Pair {
  gold: number;
  mention: number;
  dateOk: boolean;
}

export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);

const normJur = (j: string | null): string | null => (j ? (j.toUpperCase() === 'UK' ? 'GB' : j.toUpperCase()) : null);

/** Share of the gold quote's words the text covers (best over the accepted quotes), 0 when the text is much longer. */
export function coverage(g: Pick<GoldEvent, 'quote' | 'alt_quotes'>, text: string): number {
  const ew = words(text);
  const set = new Set(ew);
  let best = 0;
  for (const q of [g.quote, ...(g.alt_quotes ?? [])]) {
    const gw = new Set(words(q));
    if (!gw.size || ew.length > Math.max(2.5 * gw.size, gw.size + 40)) continue;
    let hit = 0;
    for (const w of gw) if (set.has(w)) hit++;
    best = Math.max(best, hit / gw.size);
  }
  return best;
}

export const goldDates = (g: GoldEvent): Array<string | null> => (g.dates ?? [g.date ?? null]).map((d) => (d ? d.slice(0, 10) : null));
export const dateOk = (g: GoldEvent, m: ScoredMention): boolean => goldDates(g).includes(m.date?.slice(0, 10) ?? null) || (goldDates(g).includes(null) && m.basis === 'reported');
export const typeOk = (g: GoldEvent, m: ScoredMention): boolean => [g.type, ...(g.alt_types ?? [])].includes(m.type);
export const jurisdictionOk = (g: GoldEvent, m: ScoredMention): boolean => !g.jurisdiction || normJur(m.jurisdiction) === normJur(g.jurisdiction);

/** One article's gold and mentions → the pairs score.mjs would make. */
export function matchArticle(gold: GoldEvent[], mentions: ScoredMention[]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const order = gold.map((g, i) => ({ g, i })).sort((a, b) => Number(b.g.required) - Number(a.g.required));
  for (const { g, i } of order) {
    let best: { m: number; score: number } | null = null;
    mentions.forEach((m, j) => {
      if (used.has(j) || !jurisdictionOk(g, m) || !typeOk(g, m)) return;
      const cov = coverage(g, m.quote);
      if (cov < 0.6) return;
      const score = cov + (dateOk(g, m) ? 1 : 0);
      if (!best || score > best.score) best = { m: j, score };
    });
    const found = best as { m: number; score: number } | null;
    if (found) {
      used.add(found.m);
      pairs.push({ gold: i, mention: found.m, dateOk: dateOk(g, mentions[found.m]!) });
    }
  }
  return pairs;
}

export interface CorpusEntry {
  file: string;
  title: string | null;
  published: string | null;
  distractor?: boolean;
}

/** A corpus split: its manifest entries and each article's gold (gold/<name>.json). */
export function loadSplit(corpus: string, split: string): { manifestPath: string; entries: CorpusEntry[]; gold: Map<string, GoldEvent[]> } {
  const manifestPath = join(corpus, split ? `manifest.${split}.json` : 'manifest.json');
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusEntry[];
  const gold = new Map<string, GoldEvent[]>();
  for (const e of entries) {
    const name = basename(e.file).replace(/\.txt$/, '');
    const events = JSON.parse(readFileSync(join(corpus, 'gold', `${name}.json`), 'utf8')) as GoldEvent[];
    gold.set(basename(e.file), events.map((g) => ({ ...g, file: basename(e.file) })));
  }
  return { manifestPath, entries, gold };
}
