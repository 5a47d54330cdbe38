import { governingTense } from '../dates/governing-tense';
import { findJurisdictions } from '../gazetteers/jurisdiction-matcher';
import type { Article, Mention } from '../types';
import { extractMentions, STAGES } from './index';
import type { PipelineTrace, StageStep } from './trace';
import type { Candidate, Sentence, Stage } from './types';

/** A field a stage set on a candidate, with the rule it named for it when it named one. */
export interface FieldChange {
  stage: string;
  field: 'type' | 'jurisdiction' | 'companies' | 'date' | 'status' | 'quote' | 'title';
  value: string;
  rule?: string;
  detail?: string;
}

/** One candidate's life: the clause and cue that made it, then what each stage did to it. */
export interface CandidateStory {
  id: number;
  clause: string;
  cue: { name: string; type: string; text: string };
  /** The stage that created it, or the copy it was split from. */
  origin: { stage: string; splitFrom?: number };
  changes: FieldChange[];
  /** The rules stages named for it, in order (ctx.note). */
  notes: Array<{ stage: string; rule: string; detail?: string }>;
  /** 'mention' with its index in the output, or the stage (and rule, when named) that dropped it. */
  outcome: { kind: 'mention'; index: number } | { kind: 'dropped'; stage: string; rule?: string; detail?: string };
  /** The candidate as it last stood (the mention's fields, or those it had when dropped). */
  last: Candidate;
  /** Why the date is this one: the governing expression, the tense of the verb that governs it. */
  dateReason: string;
  /** Why the jurisdiction is this one: the reference in the clause, or where it was carried from. */
  jurisdictionReason: string;
}

export interface SentenceStory {
  sentence: Sentence;
  candidates: CandidateStory[];
}

export interface Explanation {
  article: Article;
  mentions: Mention[];
  sentences: SentenceStory[];
}

const FIELDS: ReadonlyArray<[FieldChange['field'], (c: Candidate) => string]> = [
  ['type', (c) => c.type],
  ['jurisdiction', (c) => (c.jurisdictions.length ? c.jurisdictions.join('+') : '-')],
  ['companies', (c) => c.companies.join(', ') || '-'],
  ['date', (c) => `${c.date.value ?? 'null'} (${c.date.precision ?? 'no precision'}, ${c.date.basis})`],
  ['status', (c) => c.status ?? 'null'],
  ['quote', (c) => `${c.quoteStart}-${c.quoteEnd}`],
  ['title', (c) => c.title],
];

/** Runs the pipeline traced and tells each sentence's story. */
export function explainArticle(article: Article, stages: readonly Stage[] = STAGES): Explanation {
  const trace: PipelineTrace = { ctx: undefined as never, steps: [] };
  const mentions = extractMentions(article, stages, trace);
  const stories = new Map<number, CandidateStory>();
  for (const step of trace.steps) recordStep(step, stories, article.text);
  const last = trace.steps.at(-1)?.output ?? [];
  last.forEach((c, index) => {
    const story = stories.get(c.traceId!);
    if (story) story.outcome = { kind: 'mention', index };
  });
  for (const story of stories.values()) {
    story.dateReason = dateReason(story, article);
    story.jurisdictionReason = jurisdictionReason(story, article);
  }
  const sentences = trace.ctx.sentences.map((sentence) => ({
    sentence,
    candidates: [...stories.values()].filter((s) => s.last.sentence.index === sentence.index).sort((a, b) => a.last.clauseStart - b.last.clauseStart || a.id - b.id),
  }));
  return { article, mentions, sentences };
}

function recordStep(step: StageStep, stories: Map<number, CandidateStory>, text: string): void {
  const outIds = new Set(step.output.map((c) => c.traceId!));
  const noted = (id: number): { rule?: string; detail?: string } => {
    const note = [...step.notes].reverse().find((n) => n.id === id);
    return note ? { rule: note.rule, ...(note.detail === undefined ? {} : { detail: note.detail }) } : {};
  };
  for (const c of step.input) {
    if (outIds.has(c.traceId!)) continue;
    const story = stories.get(c.traceId!);
    if (!story) continue;
    // A stage that names no rule but keeps another candidate of the same type and place merged the two (dedupe).
    const same = step.output.find((o) => o.type === c.type && o.jurisdictions[0] === c.jurisdictions[0]);
    const note = noted(c.traceId!);
    story.outcome = { kind: 'dropped', stage: step.stage, ...(note.rule || !same ? note : { detail: `same type and place as #${same.traceId}, which stays` }) };
  }
  const before = new Map(step.input.map((c) => [c.traceId!, c]));
  for (const c of step.output) {
    const id = c.traceId!;
    const parentId = step.splitFrom.get(id);
    let story = stories.get(id);
    if (!story) {
      const parent = parentId === undefined ? undefined : stories.get(parentId);
      story = {
        id,
        clause: text.slice(c.clauseStart, c.clauseEnd),
        cue: { name: c.cue.name, type: c.cue.type, text: text.slice(c.cue.start, c.cue.end) },
        origin: parentId === undefined ? { stage: step.stage } : { stage: step.stage, splitFrom: parentId },
        changes: parent ? [...parent.changes] : [],
        notes: parent ? [...parent.notes] : [],
        outcome: { kind: 'dropped', stage: '(not returned)' },
        last: c,
        dateReason: '',
        jurisdictionReason: '',
      };
      stories.set(id, story);
    }
    const prior = before.get(parentId ?? id);
    for (const [field, show] of FIELDS) {
      const value = show(c);
      if (prior && show(prior) === value) continue;
      if (!prior && field !== 'type') continue;
      // resolveDates names the expression it chose; the other stages' changes are attributed by stage.
      story.changes.push({ stage: step.stage, field, value, ...(field === 'date' ? noted(parentId ?? id) : {}) });
    }
    story.last = c;
  }
  for (const n of step.notes) {
    const story = stories.get(n.id);
    if (story && outIds.has(n.id)) story.notes.push({ stage: step.stage, rule: n.rule, ...(n.detail === undefined ? {} : { detail: n.detail }) });
  }
}

/** "on Friday" (governing-expression; verb before it in the past tense) → the reason line. */
function dateReason(story: CandidateStory, article: Article): string {
  const set = [...story.changes].reverse().find((ch) => ch.field === 'date');
  const c = story.last;
  if (!set) return 'not dated by any stage';
  if (c.date.basis === 'reported') return `no date expression governs the clause: the publication date (${set.stage}${set.rule ? `, ${set.rule}` : ''})`;
  const expression = set.detail ?? '';
  const at = expression ? article.text.indexOf(expression, c.sentence.start) : -1;
  const tense = at >= 0 && at < c.sentence.end ? governingTense(c.sentence.text, at - c.sentence.start, at - c.sentence.start + expression.length) : null;
  const how = set.stage === 'splitEffectiveDates' ? 'the date after "takes effect"' : set.rule ?? 'set';
  return `${expression ? `"${expression}"` : 'an expression'} (${how}, ${set.stage}); ${c.date.basis}${tense ? `, governing verb in the ${tense} tense` : ''}`;
}

function jurisdictionReason(story: CandidateStory, article: Article): string {
  const c = story.last;
  const code = c.jurisdictions[0];
  if (!code) return 'no jurisdiction';
  const sets = story.changes.filter((ch) => ch.field === 'jurisdiction');
  const first = sets.find((ch) => ch.value !== '-');
  const last = sets.at(-1);
  const by = !first ? 'unknown stage' : last && last !== first ? `${first.stage}, then ${last.stage}` : first.stage;
  if (c.jurisdictionSource === 'inherited') return `${code}: the clause names no place; inherited from the event before or the article's main place (${by})`;
  const clause = article.text.slice(c.clauseStart, c.clauseEnd);
  const ref = findJurisdictions(clause).find((r) => r.code === code);
  const named = ref ? `"${clause.slice(ref.start, ref.end)}"` : 'a reference outside the clause';
  return `${code}: ${named} as the ${c.jurisdictionSource === 'object' ? 'place the act covers' : 'actor'} (${by})`;
}

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The explanation as text, sentence by sentence: what became a mention, what was dropped where, and why. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [];
  const a = e.article;
  const candidates = e.sentences.reduce((n, s) => n + s.candidates.length, 0);
  lines.push(`== ${a.file}${a.title ? ` — ${clip(a.title, 90)}` : ''} (published ${a.published ?? 'unknown'})`);
  lines.push(`   ${e.sentences.length} sentence(s), ${candidates} candidate(s), ${e.mentions.length} mention(s)`);
  for (const { sentence, candidates: stories } of e.sentences) {
    const head = `[${sentence.index}]${sentence.kind === 'body' ? '' : ` ${sentence.kind}`}`;
    if (!stories.length) {
      lines.push(`${head} no event cue · "${clip(sentence.text, 100)}"`);
      continue;
    }
    lines.push(`${head} "${clip(sentence.text, 160)}"`);
    for (const s of stories) {
      const from = s.origin.splitFrom !== undefined ? ` (copy of #${s.origin.splitFrom}, made by ${s.origin.stage})` : '';
      lines.push(`   #${s.id} clause "${clip(s.clause, 100)}"${from}`);
      lines.push(`      cue ${s.cue.type}/${s.cue.name} on "${clip(s.cue.text, 60)}"`);
      if (s.outcome.kind === 'dropped') {
        const o = s.outcome;
        const had = `${s.last.jurisdictions.join('+') || 'no place'}, ${s.last.companies.join('+') || 'no company'}`;
        lines.push(`      ✗ dropped by ${o.stage}${o.rule ? `, rule ${o.rule}` : ' (the stage names no rule)'}${o.detail ? ` (${o.detail})` : ''}; it had ${had}`);
        continue;
      }
      const m = e.mentions[s.outcome.index]!;
      lines.push(`      ✓ mention ${s.outcome.index + 1}: ${m.jurisdiction ?? '-'} ${m.type} ${m.status ?? 'null'} ${m.date.value ?? 'null'} (${m.date.precision ?? '-'}, ${m.date.basis}) "${m.title}"`);
      lines.push(`        jurisdiction ${s.jurisdictionReason}`);
      lines.push(`        date ${s.dateReason}`);
      for (const n of s.notes.filter((x) => x.stage !== 'resolveDates' && x.stage !== 'dateLeadByNewsDay')) lines.push(`        kept by ${n.stage}, rule ${n.rule}${n.detail ? ` (${n.detail})` : ''}`);
      const status = [...s.changes].reverse().find((ch) => ch.field === 'status');
      if (status) lines.push(`        status ${status.value} (${status.stage}, verb "${clip(s.cue.text, 40)}")`);
      const types = s.changes.filter((ch) => ch.field === 'type');
      if (types.length > 1) lines.push(`        type ${types.at(-1)!.value} (changed by ${types.at(-1)!.stage})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
