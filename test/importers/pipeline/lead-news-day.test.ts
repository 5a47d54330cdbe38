import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

/** lead-takes-news-day (stages/date-lead-by-news-day.ts), on fictional articles. Published Friday 2031-05-23. */
const dates = (paragraphs: string[]) => extractMentions(makeArticle('Moldova acts on Chatter', paragraphs, '2031-05-23')).map((m) => [m.date.value, m.date.basis]);

describe('lead-takes-news-day: an undated lead takes the one day the body reports the news on', () => {
  it('"says it will ban" in the lead, "told reporters Thursday" in the body → Thursday', () => {
    expect(dates(['Moldova says it will ban the Chatter app nationwide.', '"We intend to act," the minister told reporters Thursday in Chisinau.'])).toEqual([['2031-05-22', 'relative']]);
  });
  it('the act’s own noun with the day: "the release of the order on Wednesday"', () => {
    expect(dates(['Moldova’s president has issued an executive order that bans the Chatter app.', 'It covers deals made before the release of the order on Wednesday.'])[0]).toEqual(['2031-05-21', 'relative']);
  });
  it('two different reported days leave the lead dated by its report (negative case)', () => {
    expect(dates(['Moldova says it will ban the Chatter app nationwide.', 'The minister said Tuesday the plan was ready.', 'The president said Thursday he backed it.'])[0]).toEqual(['2031-05-23', 'reported']);
  });
  it('a day that only dates something else, or a lead that has its own date, changes nothing (negative cases)', () => {
    expect(dates(['Moldova says it will ban the Chatter app nationwide.', 'Protesters gathered on Thursday outside parliament.'])[0]).toEqual(['2031-05-23', 'reported']);
    expect(dates(['Moldova banned the Chatter app in April.', 'The minister said Thursday the ban would stay.'])[0]).toEqual(['2031-04', 'relative']);
  });
  it('only the lead: an undated event in a later paragraph keeps its report date', () => {
    const got = dates(['Moldova banned the Chatter app on Monday, the minister said Thursday.', 'Separately, Portugal’s government has banned the app from official phones.']);
    expect(got[1]).toEqual(['2031-05-23', 'reported']);
  });
  it('a caption line left before the lead is no lead: "Comment on the photo, Ann Roe, CEO of Chatter" then the lead', () => {
    expect(dates(['Comment on the photo, Ann Roe, CEO of Chatter', 'Moldova has announced plans to ban the Chatter app nationwide.', 'The minister said Thursday the plan was ready.'])[0]).toEqual(['2031-05-22', 'relative']);
  });
  it('the report’s medium between the verb and its day: "said in a statement on Tuesday" → Tuesday', () => {
    expect(dates(['Moldova has banned the Chatter app on the phones of civil servants.', '"The direction takes effect at once," the minister said in a statement on Tuesday.'])[0]).toEqual(['2031-05-20', 'relative']);
  });
  it('instrument-dated: "The directive, dated May 9 and signed by …" dates an ordered block, more than a week back', () => {
    expect(dates(['Moldova’s telecom regulator has ordered carriers to block the Chatter app.', 'The directive, dated May 9 and signed by a deputy minister, demands that carriers report back.'])[0]).toEqual(['2031-05-09', 'relative']);
  });
  it('instrument-dated wins over a day of reporting; a dated instrument long before the report dates nothing (negative case)', () => {
    expect(dates(['Moldova’s telecom regulator has ordered carriers to block the Chatter app.', 'In a letter to carriers dated May 12, the regulator cited fraud, the minister said Thursday.'])[0]).toEqual(['2031-05-12', 'relative']);
    expect(dates(['Moldova’s telecom regulator has ordered carriers to block the Chatter app.', 'It rests on a decree dated January 3.'])[0]).toEqual(['2031-05-23', 'reported']);
  });
  it('instrument-dated: a rule by the day it was published ("The interim final rule, published May 12, comes as …") dates a lead that proposes it', () => {
    expect(dates(['Moldova’s trade ministry is proposing new rules that would require cloud providers to verify customers.', 'The interim final rule, published May 12, comes as the government tightens controls.'])[0]).toEqual(['2031-05-12', 'relative']);
  });
  it('the speech the news was made in: "Delivering her address at the opening of parliament on Tuesday, …" gives the lead its day', () => {
    expect(dates(['Moldova’s prime minister has announced plans to ban the Chatter app for children.', 'Delivering her address at the opening of parliament on Tuesday, she called the app a danger.'])[0]).toEqual(['2031-05-20', 'relative']);
  });
});

