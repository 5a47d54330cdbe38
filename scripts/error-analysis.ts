/**
 * Error analysis on a split of the dev corpus: every missed required event and every mention the
 * strict score does not accept, each with the cause the trace (`--explain`) gives.
 *
 *   npx tsx scripts/error-analysis.ts [tune|heldback] [--items [--quotes]] [--optional]
 *
 * The corpus is read from TIMELINE_DEV_CORPUS (default ../shared/corpus/dev); nothing of it is
 * written anywhere. `--items` lists each error (file, class, detail): only for the tune split, since
 * the held-back split’s misses are counted, never read; `--quotes` adds each one’s quote. `--optional` (tune only) also classes the
 * optional gold events no mention matched: wording real articles use that no cue knows yet.
 *
 * Classes for a missed required event, first that applies:
 *   date           a mention matched it (type, place, quote) with a date the gold does not accept
 *   type           a mention covers its quote with the right place and another type
 *   jurisdiction   a mention covers its quote with the right type and another place (or none)
 *   type+place     a mention covers its quote, both wrong
 *   split needed   the mention that would match took another gold event of the same sentence
 *   no cue         no clause of its sentence held an event cue
 *   dropped:STAGE[:RULE]  a candidate of its sentence was dropped there (dedupeEvents: merged)
 *   quote choice   a mention of its sentence exists but its quote does not cover the gold quote
 *   sentence split the gold quote is not inside one sentence as the splitter cut them
 * Classes for a mention the strict score does not accept:
 *   date, type, jurisdiction, type+place   as above (the same error seen from the mention)
 *   duplicate      it covers a gold event another mention already took
 *   distractor     an article with no policy event at all
 *   headline       a headline (or subhead) with no gold event of its own
 *   no event       a sentence with no gold event (commentary, background, boilerplate: read --items)
 */
import { basename, resolve } from 'node:path';
import type { Mention } from '../importers/types';
import { explainArticle, type CandidateStory, type SentenceStory } from '../importers/pipeline/explain';
import { readInputs } from '../importers/readers';
import { coverage, jurisdictionOk, loadSplit, matchArticle, typeOk, type GoldEvent, type ScoredMention } from './gold-match';

export interface ErrorItem {
  side: 'miss' | 'spurious';
  file: string;
  cls: string;
  detail: string;
}

const toScored = (m: Mention): ScoredMention => ({ quote: m.quote, jurisdiction: m.jurisdiction, type: m.type, date: m.date.value, basis: m.date.basis });
const show = (m: ScoredMention): string => `${m.jurisdiction ?? '-'} ${m.type} ${m.date ?? 'null'} (${m.basis})`;
const showGold = (g: GoldEvent): string => `${g.jurisdiction ?? '-'} ${g.type} ${(g.dates ?? [g.date ?? null]).join('|')}`;

function coverClass(g: GoldEvent, m: ScoredMention): string {
  const t = typeOk(g, m);
  const j = jurisdictionOk(g, m);
  return t && j ? 'date' : t ? 'jurisdiction' : j ? 'type' : 'type+place';
}

/** The sentence that holds most of the gold quote, and how much of it. */
function goldSentence(g: GoldEvent, sentences: SentenceStory[]): { story: SentenceStory; cov: number } | null {
  let best: { story: SentenceStory; cov: number } | null = null;
  for (const story of sentences) {
    const gw = new Set(words(g.quote));
    const sw = new Set(words(story.sentence.text));
    let hit = 0;
    for (const w of gw) if (sw.has(w)) hit++;
    const cov = gw.size ? hit / gw.size : 0;
    if (!best || cov > best.cov) best = { story, cov };
  }
  return best;
}
const words = (s: string): string[] => s.toLowerCase().replace(/[’‘]/g, "'").split(/[^a-z0-9]+/).filter((w) => w.length >= 2);

function dropClass(stories: CandidateStory[]): string | null {
  const dropped = stories.filter((s) => s.outcome.kind === 'dropped');
  if (!dropped.length || stories.some((s) => s.outcome.kind === 'mention')) return null;
  const o = dropped[0]!.outcome as { stage: string; rule?: string };
  return `dropped:${o.stage}${o.rule ? `:${o.rule}` : ''}`;
}

/** Classifies one article's errors. */
export function analyseArticle(file: string, distractor: boolean, gold: GoldEvent[], sentences: SentenceStory[], mentions: Mention[], optional = false, quotes = false): ErrorItem[] {
  const scored = mentions.map(toScored);
  const pairs = matchArticle(gold, scored);
  const items: ErrorItem[] = [];
  const byGold = new Map(pairs.map((p) => [p.gold, p]));
  const byMention = new Map(pairs.map((p) => [p.mention, p]));
  gold.forEach((g, gi) => {
    if (!g.required && !optional) return;
    const pair = byGold.get(gi);
    if (pair?.dateOk) return;
    const detail = (cls: string, extra = ''): ErrorItem => ({ side: 'miss', file, cls: g.required ? cls : `optional ${cls}`, detail: `want ${showGold(g)}${extra}${quotes ? ` «${g.quote}»` : ''}` });
    if (pair) return items.push(detail('date', `, got ${show(scored[pair.mention]!)}`));
    const covering = scored.map((m, mi) => ({ m, mi })).filter(({ m }) => coverage(g, m.quote) >= 0.6);
    const free = covering.filter(({ mi }) => !byMention.has(mi));
    const near = free.find(({ m }) => typeOk(g, m)) ?? free.find(({ m }) => jurisdictionOk(g, m)) ?? free[0];
    if (near) return items.push(detail(coverClass(g, near.m), `, got ${show(near.m)}`));
    const taken = covering.find(({ m }) => typeOk(g, m) && jurisdictionOk(g, m));
    if (taken) return items.push(detail('split needed', `, its mention took ${showGold(gold[byMention.get(taken.mi)!.gold]!)}`));
    const where = goldSentence(g, sentences);
    if (!where || where.cov < 0.6) return items.push(detail('sentence split'));
    const stories = where.story.candidates;
    if (!stories.length) return items.push(detail('no cue'));
    const dropped = dropClass(stories);
    if (dropped) return items.push(detail(dropped, `, cue ${stories[0]!.cue.type}/${stories[0]!.cue.name}`));
    const kept = stories.filter((s) => s.outcome.kind === 'mention');
    if (kept.length) {
      const m = scored[(kept[0]!.outcome as { index: number }).index]!;
      // A mention from the sentence whose quote does not cover the gold one, or one matched elsewhere.
      return items.push(detail(coverage(g, m.quote) >= 0.6 ? 'split needed' : 'quote choice', `, got ${show(m)}`));
    }
    return items.push(detail('other'));
  });
  scored.forEach((m, mi) => {
    const pair = byMention.get(mi);
    if (pair?.dateOk) return;
    const item = (cls: string, extra = ''): ErrorItem => ({ side: 'spurious', file, cls, detail: `${show(m)}${extra}${quotes ? ` «${m.quote}»` : ''}` });
    if (pair) return items.push(item('date', `, want ${showGold(gold[pair.gold]!)}`));
    if (distractor) return items.push(item('distractor'));
    const covered = gold.map((g, gi) => ({ g, gi })).filter(({ g }) => coverage(g, m.quote) >= 0.6);
    const freeGold = covered.find(({ gi }) => !byGold.has(gi));
    if (freeGold) return items.push(item(coverClass(freeGold.g, m), `, gold ${showGold(freeGold.g)}${freeGold.g.required ? '' : ' (optional)'}`));
    if (covered.length) return items.push(item('duplicate', `, of ${showGold(covered[0]!.g)}`));
    const sentence = sentences.find((s) => s.candidates.some((c) => c.outcome.kind === 'mention' && (c.outcome as { index: number }).index === mi));
    if (sentence?.sentence.kind === 'headline') return items.push(item('headline'));
    return items.push(item('no event'));
  });
  return items;
}

async function main(): Promise<void> {
  const split = process.argv[2] ?? 'tune';
  const listItems = process.argv.includes('--items');
  const optional = process.argv.includes('--optional');
  const listQuotes = process.argv.includes('--quotes');
  if ((listItems || optional || listQuotes) && split !== 'tune') throw new Error('--items and --optional read the tune split only: held-back misses are counted, never read');
  const corpus = resolve(process.env.TIMELINE_DEV_CORPUS ?? resolve(__dirname, '../../shared/corpus/dev'));
  const { manifestPath, entries, gold } = loadSplit(corpus, split);
  const distractors = new Set(entries.filter((e) => e.distractor).map((e) => basename(e.file)));
  const items: ErrorItem[] = [];
  for await (const result of readInputs([], { manifest: manifestPath })) {
    if (!result.ok) throw new Error(`${result.input}: ${result.reason}`);
    const file = basename(result.article.file);
    const e = explainArticle(result.article);
    items.push(...analyseArticle(file, distractors.has(file), gold.get(file) ?? [], e.sentences, e.mentions, optional, listQuotes));
  }
  const counts = new Map<string, { miss: number; spurious: number }>();
  for (const it of items) {
    const c = counts.get(it.cls) ?? { miss: 0, spurious: 0 };
    c[it.side]++;
    counts.set(it.cls, c);
  }
  const rows = [...counts.entries()].sort((a, b) => b[1].miss + b[1].spurious - (a[1].miss + a[1].spurious));
  console.log(`error classes, ${split} split (${entries.length} articles): missed required / not accepted mentions`);
  console.log('| class | missed | spurious |\n| --- | ---: | ---: |');
  for (const [cls, c] of rows) console.log(`| ${cls} | ${c.miss} | ${c.spurious} |`);
  const miss = items.filter((i) => i.side === 'miss').length;
  console.log(`| total | ${miss} | ${items.length - miss} |`);
  if (listItems) for (const it of items.sort((a, b) => a.cls.localeCompare(b.cls) || a.file.localeCompare(b.file))) console.log(`${it.side}\t${it.cls}\t${it.file}\t${it.detail}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`error-analysis: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
