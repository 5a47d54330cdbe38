/**
 * Which kinds of mention the strict score accepts, by slice (type × date basis, cue, how the place was
 * found, and that by type and dated or not), over annotated corpora given as DIR or DIR:SPLIT. Counts only: no article text is printed.
 *
 *   npx tsx scripts/mention-slices.ts GROUP=DIR[:SPLIT],DIR… [GROUP=…]
 */
import { basename } from 'node:path';
import { explainArticle } from '../importers/pipeline/explain';
import { readInputs } from '../importers/readers';
import { loadSplit, matchArticle } from './gold-match';

interface Row { group: string; keys: Record<string, string>; ok: boolean; required: boolean; matched: boolean }

async function rows(group: string, spec: string): Promise<Row[]> {
  const [dir, split = ''] = spec.split(':') as [string, string?];
  const { manifestPath, gold } = loadSplit(dir, split);
  const out: Row[] = [];
  for await (const r of readInputs([], { manifest: manifestPath })) {
    if (!r.ok) continue;
    const g = gold.get(basename(r.article.file)) ?? [];
    const e = explainArticle(r.article);
    const pairs = matchArticle(g, e.mentions.map((m) => ({ quote: m.quote, jurisdiction: m.jurisdiction, type: m.type, date: m.date.value, basis: m.date.basis })));
    const stories = e.sentences.flatMap((s) => s.candidates.map((c) => ({ c, kind: s.sentence.kind, index: s.sentence.index })));
    e.mentions.forEach((m, i) => {
      const story = stories.find((x) => x.c.outcome.kind === 'mention' && x.c.outcome.index === i);
      const pair = pairs.find((p) => p.mention === i);
      const rescued = story?.c.notes.some((n) => n.rule === 'sentence-classifier') ?? false;
      out.push({
        group,
        ok: !!pair && pair.dateOk,
        matched: !!pair,
        required: !!pair && pair.dateOk && !!g[pair.gold]?.required,
        keys: {
          'type×basis': `${m.type} ${m.date.basis}`,
          cue: story?.c.cue.name ?? '?',
          source: `${story?.c.last.jurisdictionSource ?? '?'}${m.jurisdiction ? '' : ' (none)'}`,
          rescued: rescued ? 'classifier' : 'rules',
          status: m.status ?? 'null',
          'source×type': `${story?.c.last.jurisdictionSource ?? '?'} ${m.type} ${m.date.basis === 'reported' ? 'undated' : 'dated'}`,
          confidence: `${Math.min(9, Math.floor(m.confidence * 10)) / 10}`,
          sentence: story ? `${story.kind} ${story.index < 3 ? 'lead' : story.index < 8 ? 'middle' : 'late'}` : '?',
          'date rule': `${story?.c.notes.find((n) => n.stage === 'resolveDates' || n.stage === 'dateLeadByNewsDay')?.rule ?? 'none'} ${m.date.basis}`,
          'basis×sentence': `${m.date.basis === 'reported' ? 'undated' : 'dated'} ${story ? `${story.kind} ${story.index < 3 ? 'lead' : story.index < 8 ? 'middle' : 'late'}` : '?'} ${story?.c.last.jurisdictionSource ?? '?'}`,
          'per sentence': `${e.mentions.filter((_, j) => stories.find((x) => x.c.outcome.kind === 'mention' && x.c.outcome.index === j)?.index === story?.index).length}`,
        },
      });
    });
  }
  return out;
}

async function main(): Promise<void> {
  const all: Row[] = [];
  for (const arg of process.argv.slice(2)) {
    const [group, specs] = arg.split('=') as [string, string];
    for (const spec of specs.split(',')) all.push(...(await rows(group, spec)));
  }
  const groups = [...new Set(all.map((r) => r.group))];
  for (const dim of ['type×basis', 'cue', 'source', 'rescued', 'status', 'source×type', 'confidence', 'sentence', 'per sentence', 'date rule', 'basis×sentence']) {
    console.log(`\n${dim}\t${groups.map((g) => `${g}: n ok req matched`).join('\t')}`);
    const values = [...new Set(all.map((r) => r.keys[dim]!))].sort();
    for (const v of values) {
      const cells = groups.map((g) => {
        const rs = all.filter((r) => r.group === g && r.keys[dim] === v);
        return `${rs.length} ${rs.filter((r) => r.ok).length} ${rs.filter((r) => r.required).length} ${rs.filter((r) => r.matched).length}`;
      });
      if (all.filter((r) => r.keys[dim] === v).length >= 4) console.log(`${v}\t${cells.join('\t')}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`mention-slices: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
