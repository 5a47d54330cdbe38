import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

/** One sentence fining two companies, each its own sum, states two fines (fictional sentences). */
const fines = (sentence: string) =>
  extractMentions(makeArticle('News', [sentence], '2024-08-20'))
    .filter((m) => m.type === 'enforcement')
    .map((m) => [m.jurisdiction, m.companies, m.date.value]);

describe('separate-penalties', () => {
  it('splits "fined A <sum> and B <sum>" into one fine per company', () => {
    expect(fines('Chile’s privacy watchdog fined Google 150 million pesos and Facebook 60 million pesos on Thursday for cookie banners.')).toEqual([
      ['CL', ['Google'], '2024-08-15'],
      ['CL', ['Facebook'], '2024-08-15'],
    ]);
  });
  it('reads sums written with a currency sign and a converted amount in brackets', () => {
    expect(fines('Chile’s regulator fined Google €150m ($169 million) and Apple €60m on Friday.').map((m) => m[1])).toEqual([['Google'], ['Apple']]);
  });
  it('splits "A and B were fined X and Y respectively"', () => {
    expect(fines('In Chile, Google and Apple were fined 150 million pesos and 60 million pesos respectively on Thursday.').map((m) => m[1])).toEqual([['Google'], ['Apple']]);
  });
  it('passive-fines: splits "A was fined <sum> on <day> and B <sum>", the first company the subject', () => {
    expect(fines('Google was fined 500 million pesos on Thursday and Facebook 200 million pesos, as Chile’s regulator handed out its first sanctions.')).toEqual([
      ['CL', ['Google'], '2024-08-15'],
      ['CL', ['Facebook'], '2024-08-15'],
    ]);
  });
  it('keeps one fine shared by two companies as one act', () => {
    expect(fines('Chile’s watchdog fined Google and Apple a combined 210 million pesos on Thursday.')).toEqual([['CL', ['Google', 'Apple'], '2024-08-15']]);
  });
});
