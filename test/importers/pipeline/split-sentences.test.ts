import { splitBlock, splitSentences } from '../../../importers/pipeline/sentences/split-sentences';
import { makeArticle } from './make-article';
import { extractMentions } from '../../../importers/pipeline';
import type { Article } from '../../../importers/types';

const sentencesOf = (text: string): string[] => splitBlock(text, 0).map((s) => text.slice(s.start, s.end));

describe('splitBlock', () => {
  it.each([
    ['US Sens. Ann Roe and Ben Doe wrote to the agency. It has not replied.', ['US Sens. Ann Roe and Ben Doe wrote to the agency.', 'It has not replied.']],
    ['The rule starts Feb. 28 across the country. Nobody objected.', ['The rule starts Feb. 28 across the country.', 'Nobody objected.']],
    ['Firms face fines of Aus $49.5 million if they fail. The regulator agreed.', ['Firms face fines of Aus $49.5 million if they fail.', 'The regulator agreed.']],
    ['Dr. Lee of Acme Inc. said the U.S. Treasury would act. J. Smith disagreed.', ['Dr. Lee of Acme Inc. said the U.S. Treasury would act.', 'J. Smith disagreed.']],
    ['Rule No. 5 applies to 3.5 million users. It took effect today.', ['Rule No. 5 applies to 3.5 million users.', 'It took effect today.']],
    ['OMAHA, Neb. (Wire) — The state acted. Then it stopped.', ['OMAHA, Neb. (Wire) — The state acted.', 'Then it stopped.']],
    ['The app is popular in the U.S. The ban is not.', ['The app is popular in the U.S.', 'The ban is not.']],
    ['“We will comply,” the company said. “But not happily.”', ['“We will comply,” the company said.', '“But not happily.”']],
    ['The agency — part of the ministry — acted fast. Was it legal? Nobody knows!', ['The agency — part of the ministry — acted fast.', 'Was it legal?', 'Nobody knows!']],
    ['It cited e.g. privacy concerns and i.e. data flows. Done.', ['It cited e.g. privacy concerns and i.e. data flows.', 'Done.']],
    // open-parenthesis: an abbreviation's stop inside a bracket opened just before it ends no sentence
    ['The office fined Zapchat HUF 1.2 billion (cca. EUR 3 mn) after a probe. It will appeal.', ['The office fined Zapchat HUF 1.2 billion (cca. EUR 3 mn) after a probe.', 'It will appeal.']],
    ['The court ruled. (See the full ruling.) The firm said nothing.', ['The court ruled.', '(See the full ruling.)', 'The firm said nothing.']],
    // glued-byline: a headline run into its byline
    ['Ruritania fines Zapchat for breaching the lawBy Ann Roe and Bo Lee LONDON, May 2. The regulator acted.', ['Ruritania fines Zapchat for breaching the law', 'By Ann Roe and Bo Lee LONDON, May 2.', 'The regulator acted.']],
    ['The ministry said Nearby Bank will pay. Standby Power Ltd agreed.', ['The ministry said Nearby Bank will pay.', 'Standby Power Ltd agreed.']],
    // glued-quote: a stop and a quote mark with the space lost; the mark opens the next sentence or closes this one
    ['Ruritania banned 9 apps, calling them "a threat," the ministry said."There are concerns on data." It acted.', ['Ruritania banned 9 apps, calling them "a threat," the ministry said.', '"There are concerns on data."', 'It acted.']],
    ['She called it “a mistake.”The court agreed. He said "it is over."Then he left.', ['She called it “a mistake.”', 'The court agreed.', 'He said "it is over."', 'Then he left.']],
    ['The fine was "final."but nobody paid.', ['The fine was "final."but nobody paid.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('splitSentences', () => {
  it('keeps exact offsets into the article text and marks the headline', () => {
    const article = makeArticle('Regulator acts', ['The regulator fined the firm on Monday. It will appeal.', 'Gov. Ann Roe signed it.']);
    const sentences = splitSentences(article);
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([
      ['headline', 'Regulator acts'],
      ['body', 'The regulator fined the firm on Monday.'],
      ['body', 'It will appeal.'],
      ['body', 'Gov. Ann Roe signed it.'],
    ]);
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads blank-line paragraphs when an article has no blocks', () => {
    const article = { ...makeArticle('Headline here', ['First paragraph. Second sentence.']), blocks: [] };
    expect(splitSentences(article).map((s) => s.kind)).toEqual(['headline', 'body', 'body']);
  });
});

describe('headline-line: a headline stored as a plain line before the lead (fictional page)', () => {
  const page = (lines: string[]): Article => ({ ...makeArticle('Monday May 6 2024', lines), title: '' });
  it('reads the headline-like line before the lead as a headline, not the caption or the prompt', () => {
    const a = page([
      'Wire',
      'Ruritania blocks two betting apps over licence breaches',
      'A phone screen shows a betting app logo in this illustration photo',
      'Download our app for breaking news alerts',
      'VELDA: Ruritania has blocked two betting apps after they failed to register, the ministry said on Monday.',
      'Officials said more apps could follow',
    ]);
    const kinds = splitSentences(a).map((s) => [s.kind, s.text.slice(0, 20)]);
    expect(kinds).toEqual([
      ['headline', 'Monday May 6 2024'],
      ['body', 'Wire'],
      ['headline', 'Ruritania blocks two'],
      ['body', 'A phone screen shows'],
      ['body', 'Download our app for'],
      ['body', 'VELDA: Ruritania has'],
      // after the lead has started, a line without a stop stays body
      ['body', 'Officials said more '],
    ]);
  });
  it('a lead whose stop sits inside closing quotation marks is the lead, not a headline line', () => {
    const a = page(['Ruritania curbs chip exports', 'The cabinet confirmed on Wednesday that it is restricting exports of "very specific technologies."']);
    expect(splitSentences(a).map((s) => s.kind)).toEqual(['headline', 'headline', 'body']);
  });
  it('a body that restates the headline line keeps the body mention only', () => {
    const a = page(['Peru blocks Telegram over licence breaches', 'Peru has blocked Telegram after it failed to register, the ministry said on Monday.']);
    const m = extractMentions(a);
    expect(m).toHaveLength(1);
    expect(m[0]?.quote).toMatch(/^Peru has blocked/);
  });
});

describe('wrapped-line', () => {
  it('a page wrapped at a fixed width keeps each sentence whole across its line breaks', () => {
    const article = makeArticle('Harbour news', ['Ruritania has blocked search\nengine website Zapchat and several\ngaming websites, an official said on Saturday.\nRegistration is required under rules released in late\nNovember 2020.']);
    expect(splitSentences(article).filter((s) => s.kind === 'body').map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'Ruritania has blocked search engine website Zapchat and several gaming websites, an official said on Saturday.',
      'Registration is required under rules released in late November 2020.',
    ]);
  });
  it('verbless-continuation: a long line with a stop and no finite verb continues the line before it, which is no headline', () => {
    const article = makeArticle('News', ['Sep 01, 2021\nThe Ruritanian parliament has passed the first bill to ban\nZenith, Zapchat Inc. and other app store operators from forcing certain payment schemes on developers.\nIt passed 180 to 8.']);
    const sentences = splitSentences(article).filter((s) => s.block === 1);
    expect(sentences.map((s) => [s.kind, s.text.replace(/\n/g, ' ')])).toEqual([
      ['body', 'Sep 01, 2021'],
      ['body', 'The Ruritanian parliament has passed the first bill to ban Zenith, Zapchat Inc. and other app store operators from forcing certain payment schemes on developers.'],
      ['body', 'It passed 180 to 8.'],
    ]);
    // a short verbless line (a dateline, a credit) or a line with its own verb stays a sentence of its own
    const kept = makeArticle('News', ['Ruritania bans app over data\nBy Ann Roe and Bo Lee.\nRuritania’s regulator banned the app on Monday after a two-year inquiry.']);
    expect(splitSentences(kept).filter((s) => s.block === 1).map((s) => s.text)).toEqual(['Ruritania bans app over data', 'By Ann Roe and Bo Lee.', 'Ruritania’s regulator banned the app on Monday after a two-year inquiry.']);
  });
  it('a line that ends a sentence-like headline still ends it ("UK bans app" over "LONDON (Reuters) - …")', () => {
    const article = makeArticle('News', ['Ruritania bans app\nLONDON (Reuters) - Ruritania banned the app on Monday.']);
    expect(splitSentences(article).filter((s) => s.kind !== 'headline' || s.text !== 'News').map((s) => s.text)).toEqual(['Ruritania bans app', 'LONDON (Reuters) - Ruritania banned the app on Monday.']);
  });
});

describe('caption-line: credit and caption lines a page leaves in its text (fictional page)', () => {
  it('reads "Comment on the photo, …" and "Image Source : …" as captions', () => {
    const a = makeArticle('Ruritania blocks an app', [
      'Comment on the photo, Ann Roe, CEO of Zenith',
      'Follow us on Image Source : Wire Students clashed with police during a protest in the capital',
      'Ruritania has blocked the Zenith app, the ministry said on Monday.',
    ]);
    expect(splitSentences(a).map((s) => s.kind)).toEqual(['headline', 'caption', 'caption', 'body']);
  });
  it('"(R)" after a politician’s title and name is a party, not a place in a picture; after a plain name it is still a caption', () => {
    const a = makeArticle('News', [
      'Montana Gov. Ann Roe (R) signed into law Wednesday a bill banning Zapchat statewide, effective Jan. 1, 2024.',
      'Sen. Ben Doe (D) voted against it.',
      'Ann Roe (R) and Ben Doe (L) at the signing ceremony',
    ]);
    expect(splitSentences(a).map((s) => s.kind)).toEqual(['headline', 'body', 'body', 'caption']);
  });
});
