import { runStages } from '../../../importers/pipeline';
import { FURTHER_DATES_RULES } from '../../../importers/pipeline/stages/split-effective-dates';
import { findTemporalExpressions } from '../../../importers/dates';
import { findEventClauses } from '../../../importers/pipeline/stages/find-event-clauses';
import { resolveDates } from '../../../importers/pipeline/stages/resolve-dates';
import { classifyStatus } from '../../../importers/pipeline/stages/classify-status';
import { splitEffectiveDates } from '../../../importers/pipeline/stages/split-effective-dates';
import { makeArticle } from '../pipeline/make-article';

/** [date, status] of each event clause's mentions in a one-paragraph (fictional) article. */
function mentionsOf(sentence: string, published: string): Array<[string | null, string | null]> {
  return runStages(makeArticle('Fictional headline for a date test', [sentence], published), [findEventClauses, resolveDates, classifyStatus, splitEffectiveDates])
    .filter((c) => c.sentence.kind === 'body')
    .map((c) => [c.date.value, c.status]);
}

/** The texts a named rule gives as further dates of a clause. */
function further(rule: string, clause: string, published: string, predicate = { start: 0, end: 0 }): string[] {
  const found = findTemporalExpressions(clause, published);
  return (FURTHER_DATES_RULES.find((r) => r.name === rule)?.find(clause, found, predicate) ?? []).map((t) => t.text);
}

// 2022-10-07 is a Friday.
describe('split-effective-dates: applies-from', () => {
  it('a duty that applies from a date is an event of its own, besides the decision', () => {
    expect(mentionsOf('The assembly has decided the Chatter app must not be used or installed on staff devices from March 20, according to a note issued on Tuesday.', '2031-03-01')).toEqual([
      ['2031-02-25', null],
      ['2031-03-20', 'scheduled'],
    ]);
    expect(further('applies-from', 'Platforms will be required to check ages as of July 1, the ministry said.', '2031-03-01')).toEqual(['July 1']);
  });
  it('a range, a start with no duty, or a possible duty gives none (negative cases)', () => {
    expect(further('applies-from', 'Firms must report breaches from 2019 to 2021.', '2031-03-01')).toEqual([]);
    expect(further('applies-from', 'The regulator fined the firm for data it kept from 2019.', '2031-03-01')).toEqual([]);
    expect(further('applies-from', 'The app could be banned and must not be used from May.', '2031-03-01')).toEqual([]);
  });
});

describe('split-effective-dates', () => {
  it('gives a signing and its entry into force two mentions', () => {
    expect(mentionsOf('The governor of Nortland signed the data privacy bill on Wednesday, and the law takes effect on Jan. 1.', '2023-05-18')).toEqual([
      ['2023-05-17', 'enacted'],
      ['2024-01-01', 'scheduled'],
    ]);
  });

  it('gives each stage of a rule that takes effect in stages its own mention', () => {
    expect(further('takes-effect', 'The export curbs will take effect in three stages: on Friday, on Oct. 12, and on Oct. 21.', '2022-10-07')).toEqual(['Friday', 'Oct. 12', 'Oct. 21']);
    expect(further('takes-effect', 'The licence rules take effect in two phases, from March 1 and from July 1.', '2022-10-07')).toEqual(['March 1', 'July 1']);
    expect(mentionsOf('The Valdorian trade ministry’s new export controls on advanced chips will take effect in three stages: on Friday, on Oct. 12, and on Oct. 21.', '2022-10-07')).toEqual([
      ['2022-10-07', 'scheduled'],
      ['2022-10-12', 'scheduled'],
      ['2022-10-21', 'scheduled'],
    ]);
  });

  it('does not make a list of dates that are not joined as one', () => {
    // The second date belongs to another clause ("…, while the review ends in December").
    expect(further('takes-effect', 'The ban takes effect on Monday, while the review of the app ends in December.', '2022-10-07')).toEqual(['Monday']);
    // A possibility is no date set for it.
    expect(further('takes-effect', 'The regulation could take effect in 2026.', '2022-10-07')).toEqual([]);
    // A date far from the effect phrase is not its date.
    expect(further('takes-effect', 'The rule takes effect once the ministry publishes its guidance, expected in June.', '2022-10-07')).toEqual([]);
  });

  it('gives each deadline of one obligation its own mention', () => {
    expect(further('further-deadlines', 'Carriers must remove the vendor’s 5G gear by June 2024 and its 4G equipment by the end of 2027.', '2022-05-20')).toEqual(['June 2024', '2027']);
    expect(further('further-deadlines', 'Platforms must verify ages by March and publish audits by September.', '2022-05-20')).toEqual(['March', 'September']);
    expect(mentionsOf('Telecom carriers will be banned from using the vendor’s 5G gear by June 2024 and its 4G equipment by the end of 2027.', '2022-05-20').map(([date]) => date)).toEqual(['2024-06', '2027']);
  });

  it('does not join a deadline to a date that is not one', () => {
    expect(further('further-deadlines', 'The agency said on Monday that carriers must remove the gear by June 2024.', '2022-05-20')).toEqual([]);
    expect(further('further-deadlines', 'Carriers must remove the gear by June 2024. Vendors have until 2027 to appeal.', '2022-05-20')).toEqual([]);
  });

  it('gives a dated act in a relative clause after the predicate its own mention, enacted', () => {
    // Friday 2024-05-17: the cabinet's ban earlier this week (May) besides the parliament's decision (reported).
    expect(mentionsOf('The Valdorian parliament has decided to adopt the ban on TikTok on work phones that the cabinet imposed on ministers earlier this week.', '2024-05-17')).toEqual([
      ['2024-05-17', expect.anything()],
      ['2024-05', 'enacted'],
    ]);
  });

  it('gives no mention to a relative clause that states no act or no date', () => {
    const sentence = 'The regulator is examining the firm’s news service, which launched in 2021 and pays publishers.';
    const verb = sentence.indexOf('examining');
    expect(further('act-in-relative-clause', sentence, '2024-05-17', { start: verb, end: verb + 9 })).toEqual([]);
    const undated = 'The assembly adopted the ban on work phones that the cabinet imposed on ministers.';
    const adopted = undated.indexOf('adopted');
    expect(further('act-in-relative-clause', undated, '2024-05-17', { start: adopted, end: adopted + 7 })).toEqual([]);
  });
});
