/**
 * The dates module against TimeML gold (TimeBank and AQUAINT as cleaned for TempEval-3, "TBAQ"):
 * of the calendar dates the annotators marked (TIMEX3 type DATE, value YYYY, YYYY-MM or
 * YYYY-MM-DD), how many does findTemporalExpressions find and resolve to the same value, with the
 * document's creation time as the publication date. The corpus is not in this repository; it is read
 * from the directory given (every .tml file under it):
 *
 *   git clone https://github.com/jspotter/TempEval-3 /tmp/te3
 *   npm run eval:tempeval -- /tmp/te3/data/TBAQ-cleaned [--errors]
 *
 * Printed per sub-directory and in total:
 *   found       a gold calendar date overlapped by one of our expressions
 *   end to end  … and one overlapping expression has the gold value (the issue's "calendar dates")
 *   precision   our expressions with the value of a gold calendar date they overlap, of all ours
 * --errors lists every gold date missed or valued otherwise, and every expression of ours over no
 * gold date (for reading locally: the corpus text is never copied into the project).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findTemporalExpressions, type TemporalExpression } from '../importers/dates';
import { parseTimeml, type GoldTimex } from './timeml';

export const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface DocumentScore {
  gold: number;
  found: number;
  right: number;
  ours: number;
  oursRight: number;
  misses: Array<{ gold: GoldTimex; ours: TemporalExpression[] }>;
  spurious: TemporalExpression[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Scores one document's expressions against its gold calendar dates. */
export function scoreDocument(timexes: GoldTimex[], ours: TemporalExpression[]): DocumentScore {
  const calendar = timexes.filter((t) => t.type === 'DATE' && CALENDAR_VALUE.test(t.value));
  const score: DocumentScore = { gold: calendar.length, found: 0, right: 0, ours: ours.length, oursRight: 0, misses: [], spurious: [] };
  for (const g of calendar) {
    const over = ours.filter((e) => overlaps(e, g));
    if (over.length) score.found++;
    if (over.some((e) => e.value === g.value)) score.right++;
    else score.misses.push({ gold: g, ours: over });
  }
  for (const e of ours) {
    if (calendar.some((g) => overlaps(e, g) && g.value === e.value)) score.oursRight++;
    else if (!timexes.some((g) => overlaps(e, g))) score.spurious.push(e);
  }
  return score;
}

function tmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tmlFiles(path);
      return name.endsWith('.tml') && !name.startsWith('._') ? [path] : [];
    });
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '—');

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: npm run eval:tempeval -- DIR [--errors]   (DIR: TimeML files, e.g. TempEval-3 data/TBAQ-cleaned)');
  const root = resolve(dir);
  const files = tmlFiles(root);
  if (!files.length) throw new Error(`no .tml files under ${root}`);
  const totals = new Map<string, Omit<DocumentScore, 'misses' | 'spurious'> & { docs: number }>();
  for (const file of files) {
    const doc = parseTimeml(readFileSync(file, 'utf8'));
    const s = scoreDocument(doc.timexes, findTemporalExpressions(doc.text, doc.dct));
    const group = relative(root, file).split('/').slice(0, -1).join('/') || '.';
    for (const key of [group, 'all']) {
      const t = totals.get(key) ?? { docs: 0, gold: 0, found: 0, right: 0, ours: 0, oursRight: 0 };
      totals.set(key, { docs: t.docs + 1, gold: t.gold + s.gold, found: t.found + s.found, right: t.right + s.right, ours: t.ours + s.ours, oursRight: t.oursRight + s.oursRight });
    }
    if (args.includes('--errors')) {
      const at = (x: { start: number; end: number }) => doc.text.slice(Math.max(0, x.start - 60), x.end + 30).replace(/\s+/g, ' ');
      for (const m of s.misses) console.log(`MISS ${relative(root, file)} dct ${doc.dct} gold "${m.gold.text}"=${m.gold.value} ours ${m.ours.map((e) => `"${e.text}"=${e.value}`).join(', ') || '-'} | ${at(m.gold)}`);
      for (const e of s.spurious) console.log(`EXTRA ${relative(root, file)} dct ${doc.dct} "${e.text}"=${e.value} | ${at(e)}`);
    }
  }
  for (const [key, t] of [...totals].sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : a[0].localeCompare(b[0])))) {
    console.log(`${key}: ${t.docs} documents, ${t.gold} calendar dates | found ${pct(t.found, t.gold)} % | end to end ${pct(t.right, t.gold)} % (${t.right}) | precision ${pct(t.oursRight, t.ours)} % of ${t.ours} expressions`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`tempeval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
