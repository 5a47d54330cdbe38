import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../../bench/seeded-random';
import { syntheticArticles } from '../../../bench/synthetic-articles';
import { cueKeywords, keyCues, mayMatchCue } from '../../../importers/pipeline/cues/cue-keywords';
import { EVENT_CUES, type CueRule } from '../../../importers/pipeline/cues/event-cues';
import { sampleMatches } from './regex/sample-match';

/**
 * The cue pre-filter may only skip work: a clause a cue matches must always pass the cue's keywords
 * (derived from its patterns by regex/required-literals.ts). Checked two ways for every cue: on
 * texts spelt at random from the cue's own patterns, and on every sentence the project has — the
 * cue files' EXAMPLE lines, the samples, the extraction fixtures, the pipeline tests' strings and
 * the benchmark's synthetic articles.
 */
const { cues, scanner } = keyCues(EVENT_CUES);
const passes = (rule: CueRule, text: string): boolean => mayMatchCue(cues.find((c) => c.rule === rule)!, scanner.scan(text.toLowerCase()));
const matches = (rule: CueRule, text: string): boolean => rule.pattern.test(text) && (!rule.requires || rule.requires.test(text));

const root = path.join(__dirname, '../../..');
const read = (dir: string, ext: RegExp): string[] =>
  readdirSync(path.join(root, dir))
    .filter((f) => ext.test(f))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));

function projectSentences(): string[] {
  const cueFiles = read('importers/pipeline/cues', /\.ts$/).flatMap((s) => [...s.matchAll(/EXAMPLE [\w-]+:\s+"([^"]+)"/g)].map((m) => m[1]!));
  const texts = [...read('samples', /\.txt$/), ...read('test/importers/extract/fixtures', /\.(?:txt|html|rss)$/), ...syntheticArticles(300).map((a) => a.text)];
  const testStrings = read('test/importers/pipeline', /\.test\.ts$/).flatMap((s) => [...s.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.){12,})\1/g)].map((m) => m[2]!));
  // whole texts, and their sentences and clauses one by one (a cue reads a clause)
  return [...cueFiles, ...testStrings, ...texts, ...texts.flatMap((t) => t.split(/(?<=[.;,?!])\s+|\n+/))];
}

describe('cue keywords (the pre-filter of find-event-clauses)', () => {
  it('every cue needs at least one word, so no cue runs on every clause', () => {
    expect(EVENT_CUES.filter((rule) => cueKeywords(rule).length === 0).map((r) => r.name)).toEqual([]);
  });

  it('every cue has a name of its own (--explain names the rule, so two rules may not share one)', () => {
    const names = EVENT_CUES.map((rule) => rule.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(EVENT_CUES.map((rule) => [rule.name, rule] as const))('%s: texts spelt from its patterns pass its keywords', (_name, rule) => {
    const random = seededRandom(7);
    const spelt = sampleMatches(rule.pattern, 400, random);
    const required = rule.requires ? sampleMatches(rule.requires, 400, random) : spelt.map(() => '');
    // (a capitalised word after: some cues look ahead for a name)
    const texts = spelt.flatMap((s, k) => [s, `${s} ${required[k]}`, `${required[k]}, ${s}.`, `${required[k]}, ${s} Acme.`]);
    const matched = texts.filter((t) => matches(rule, t));
    // (enough matched for the check to mean something: lookarounds make some spellings miss)
    expect(matched.length).toBeGreaterThan(50);
    expect(matched.filter((t) => !passes(rule, t))).toEqual([]);
  });

  it("every sentence of the project's a cue matches passes that cue's keywords", () => {
    const sentences = projectSentences();
    expect(sentences.length).toBeGreaterThan(2000);
    let matched = 0;
    const missed: string[] = [];
    for (const text of sentences) {
      for (const rule of EVENT_CUES) {
        if (!matches(rule, text)) continue;
        matched++;
        if (!passes(rule, text)) missed.push(`${rule.name}: ${text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('skips the cues whose words a clause lacks', () => {
    const clause = 'Shares of the company rose 3% in early trading';
    expect(EVENT_CUES.filter((rule) => passes(rule, clause)).length).toBeLessThan(EVENT_CUES.length / 4);
    expect(passes(EVENT_CUES.find((r) => r.name === 'ban-on-trade')!, 'Canada banned imports of drones')).toBe(true);
    expect(passes(EVENT_CUES.find((r) => r.name === 'ban-on-trade')!, 'Canada banned the app')).toBe(false);
  });
});
