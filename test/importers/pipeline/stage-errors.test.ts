import { extractMentions, runStages, StageError, STAGES, type Stage } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

// Fictional: a ban that the pipeline turns into a mention, so a stage after it has candidates to choke on.
const article = makeArticle('Freedonia bans a game', ['Freedonia banned the game ZapQuest on Monday, the ministry said.']);

const failsOnCandidates: Stage = (_ctx, candidates) => {
  if (candidates.length) throw new TypeError('cannot read the clause');
  return candidates;
};

describe('a stage that throws', () => {
  it('is reported with the stage, the article and the error, never as "no events"', () => {
    expect(() => extractMentions(article, [...STAGES.slice(0, 3), failsOnCandidates])).toThrow(StageError);
    try {
      extractMentions(article, [...STAGES.slice(0, 3), failsOnCandidates]);
    } catch (error) {
      const e = error as StageError;
      expect(e.stage).toBe('failsOnCandidates');
      expect(e.article.file).toBe('test.txt');
      expect(e.message).toBe('stage failsOnCandidates failed on test.txt ("Freedonia bans a game"): cannot read the clause');
      expect(e.cause).toBeInstanceOf(TypeError);
    }
  });

  it('fails a negative-case expectation instead of passing it silently', () => {
    // A negative case asserts extractMentions(...) equals []: with a throwing stage that assertion must not pass.
    const quiet = makeArticle('A quiet day', ['The committee will meet again next spring to discuss the budget.']);
    const broken: Stage = () => {
      throw new Error('broken stage');
    };
    expect(() => extractMentions(quiet, [...STAGES, broken])).toThrow('stage broken failed on test.txt');
  });

  it('runs unchanged when no stage throws', () => {
    expect(runStages(article).length).toBeGreaterThan(0);
    expect(extractMentions(article)).toEqual(runStages(article).map((c) => expect.objectContaining({ type: c.type })));
  });
});
