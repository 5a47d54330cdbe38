import { explainArticle, formatExplanation } from '../../../importers/pipeline/explain';
import { extractMentions, STAGES } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

// Fictional sentences written for these tests.
const article = makeArticle('Norway fines a ride app', [
  'Norway’s data regulator fined RideCo on Tuesday for keeping location data too long.',
  'Will other countries follow the regulator and ban the app?',
  'The weather in the capital was mild all week.',
  'Denmark and Canada banned TikTok on government phones last week.',
]);

describe('explainArticle', () => {
  const e = explainArticle(article);

  it('returns exactly the mentions an untraced run returns', () => {
    expect(e.mentions).toEqual(extractMentions(article));
  });

  it('tells every sentence, and a sentence with no cue has no candidate', () => {
    expect(e.sentences.map((s) => s.sentence.index)).toEqual([0, 1, 2, 3, 4]);
    expect(e.sentences[3]!.candidates).toEqual([]);
  });

  it('names the stage and the rule that dropped a question', () => {
    const question = e.sentences[2]!.candidates;
    expect(question.length).toBeGreaterThan(0);
    expect(question[0]!.outcome).toMatchObject({ kind: 'dropped', stage: 'dropNonEvents', rule: 'question' });
  });

  it('gives a kept clause its mention, the date expression and the place that decided it', () => {
    const fine = e.sentences[1]!.candidates.find((s) => s.outcome.kind === 'mention');
    expect(fine).toBeDefined();
    expect(fine!.last.type).toBe('enforcement');
    expect(fine!.dateReason).toContain('"Tuesday"');
    expect(fine!.dateReason).toContain('resolveDates');
    expect(fine!.dateReason).toContain('past tense');
    expect(fine!.jurisdictionReason).toMatch(/^NO: "Norway/);
  });

  it('follows a clause split into one mention per country, each with its own history', () => {
    const ban = e.sentences[4]!.candidates.filter((s) => s.outcome.kind === 'mention');
    expect(ban.map((s) => s.last.jurisdictions[0]).sort()).toEqual(['CA', 'DK']);
    const copy = ban.find((s) => s.origin.splitFrom !== undefined);
    expect(copy?.origin).toMatchObject({ stage: 'splitCoordinatedActors' });
    expect(new Set(ban.map((s) => s.id)).size).toBe(2);
  });

  it('names the rule by which dedupeEvents merged the headline into the body sentence that stays', () => {
    const headline = e.sentences[0]!.candidates;
    expect(headline.length).toBeGreaterThan(0);
    expect(headline[0]!.outcome).toMatchObject({ kind: 'dropped', stage: 'dedupeEvents', rule: 'headline-restated' });
    expect(formatExplanation(e)).toContain("✗ dropped by dedupeEvents, rule headline-restated (the same event as sentence 1's mention, which stays)");
  });

  it('names the rule by which dropRestatedHeadlines dropped a headline of another type', () => {
    const traced = explainArticle(makeArticle('Australia’s eSafety initiates civil penalty proceedings against Zenith', [
      'Australia’s eSafety Commissioner has today commenced civil penalty proceedings in the Federal Court against Zenith.',
    ], '2023-12-21'));
    const headline = traced.sentences[0]!.candidates;
    expect(headline.map((s) => s.outcome)).toContainEqual(expect.objectContaining({ kind: 'dropped', stage: 'dropRestatedHeadlines', rule: 'headline-restated' }));
  });

  it('formats the story as text naming stages and rules', () => {
    const text = formatExplanation(e);
    expect(text).toContain('✗ dropped by dropNonEvents, rule question');
    expect(text).toMatch(/✓ mention 1: \w+ enforcement/);
    expect(text).toContain('no event cue · "The weather in the capital');
  });

  it('attributes a drop by a stage that names no rule to that stage', () => {
    const dropAll = Object.defineProperty((_ctx: unknown, _c: unknown[]) => [], 'name', { value: 'dropEverything' });
    const traced = explainArticle(article, [STAGES[0]!, dropAll as (typeof STAGES)[number]]);
    const stories = traced.sentences.flatMap((s) => s.candidates);
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) expect(s.outcome).toEqual({ kind: 'dropped', stage: 'dropEverything' });
    expect(traced.mentions).toEqual([]);
  });
});
