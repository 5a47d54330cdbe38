import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

/**
 * Verbs of policy acts found missing by a lexical probe: one sentence per verb, a government (or a
 * named firm) acting on an app, a firm or a rule, in sentences written for this file (real places,
 * fictional events). Each row failed before its rule; the negative rows use the same verbs outside
 * policy and must yield nothing.
 */
const PUBLISHED = '2024-05-17'; // a Friday
const first = (sentence: string, headline = 'Regulators act on apps') => {
  const m = extractMentions(makeArticle(headline, [sentence], PUBLISHED)).find((e) => !e.quote.startsWith(headline));
  return m ? [m.type, m.jurisdiction, m.date.value] : null;
};

describe('verbs of policy acts', () => {
  it.each([
    ['an embargo ordered is a trade restriction', 'The EU ordered an embargo on arms sales to the junta on Monday.', ['trade_restriction', 'EU', '2024-05-13']],
    ['an embargo tightened is a trade restriction', 'Canada tightened its arms embargo on Tuesday.', ['trade_restriction', 'CA', '2024-05-14']],
    ['an embargo a government has imposed, named before the verb', 'Officials said on Monday that the embargo the European Union imposed also covers drones.', ['trade_restriction', 'EU', '2024-05-13']],
    ['a probe that delves into', 'A Kenyan task force began delving into the operator’s accounts on Thursday.', ['investigation', 'KE', '2024-05-16']],
    ['a chamber approving what it votes on is legislation', "Poland's lower house approved the accession treaty on Wednesday.", ['legislation', 'PL', '2024-05-15']],
    ['a suspended app or social network is a ban', 'Senegal suspended the app on Thursday after protests.', ['ban', 'SN', '2024-05-16']],
    ['a suspended social network is a ban', 'Guinea suspended the social network on Friday ahead of the vote.', ['ban', 'GN', '2024-05-17']],
    ['the Taliban act for Afghanistan', 'The Taliban outlawed the video app in April, saying it misled young people.', ['ban', 'AF', '2024-04']],
    ['a court annuls', 'The constitutional court of Peru annulled the decree on Wednesday.', ['court', 'PE', '2024-05-15']],
    ['a court quashes', 'A Kenyan court quashed the order on Tuesday.', ['court', 'KE', '2024-05-14']],
    ['a tribunal is a government', 'A tribunal in Chile overturned the fine on Monday.', ['court', 'CL', '2024-05-13']],
    ['an embassy denounces', 'The Chinese embassy denounced the ruling on Monday.', ['statement', 'CN', '2024-05-13']],
    ['a ministry decries', "China's foreign ministry decried the decision on Friday.", ['statement', 'CN', '2024-05-17']],
    ['a licence revoked is enforcement, not a rescinded order', "Italy's regulator revoked the company's licence on Thursday.", ['enforcement', 'IT', '2024-05-16']],
    ['an operating permit revoked is enforcement', "Indonesia revoked the platform's operating permit on Tuesday.", ['enforcement', 'ID', '2024-05-14']],
    ['a firm barred from a 5G network is a trade restriction', 'Germany barred the Chinese company from its 5G core network on Thursday.', ['trade_restriction', 'DE', '2024-05-16']],
    ['equipment banned from networks is a trade restriction', "Sweden banned the company's equipment from its 5G networks on Tuesday.", ['trade_restriction', 'SE', '2024-05-14']],
    ['data stolen by hackers is an incident', 'TikTok disclosed on Monday that hackers had stolen the data of 2 million users.', ['incident', null, '2024-05-13']],
    ['data leaked is an incident', 'Meta said on Tuesday that the personal data of 500,000 users had been leaked.', ['incident', null, '2024-05-14']],
    ['an app ordered out of the stores is a ban', "Vietnam's ministry ordered the app removed from stores on Friday.", ['ban', 'VN', '2024-05-17']],
    ['exports banned in the passive are a trade restriction', 'Exports of the chips to Russia were banned by Taiwan on Monday.', ['trade_restriction', 'TW', '2024-05-13']],
    ['a condemnation in the passive is the agent\'s statement', "The move was condemned by China's foreign ministry on Wednesday.", ['statement', 'CN', '2024-05-15']],
    ['a ban extended in the passive', 'The ban on the app in Jordan was extended on Wednesday.', ['ban', 'JO', '2024-05-15']],
    ['a suit named before its filing', "The suit, filed in a Tokyo court on Monday, challenges the ministry's order.", ['court', 'JP', '2024-05-13']],
    ['staff reaching data is an incident', 'ByteDance said on Thursday that employees had accessed the data of two journalists.', ['incident', null, '2024-05-16']],
    ['a breach that exposed data is an incident', "The breach, disclosed by TikTok on Tuesday, exposed 2 million users' data.", ['incident', null, '2024-05-14']],
  ])('%s', (_name, sentence, expected) => {
    expect(first(sentence)).toEqual(expected);
  });

  it('the White House approving something is no chamber passing a law', () => {
    const types = extractMentions(makeArticle('Plans in Washington', ['The White House approved the new visa plan on Monday.'], PUBLISHED)).map((m) => m.type);
    expect(types).not.toContain('legislation');
  });

  it('a diplomatic mission speaks for its country, not for where it sits', () => {
    expect(first('The Chinese embassy in The Hague issued a statement on Monday denouncing the decision.')).toEqual(['statement', 'CN', '2024-05-13']);
  });

  it.each([
    'The club suspended the player for two games on Monday.',
    "Fans slammed the referee's decision on Saturday.",
    'The league suspended the season on Friday because of the storm.',
    'Hackers stole the show at the robotics fair on Tuesday.',
    'The firm revoked the invitation on Friday.',
    'Critics denounced the film on Tuesday.',
    'The company suspended its podcast on Monday.',
    'The roof was condemned by the building inspector in 2019 and rebuilt.',
    'The warranty was extended on Monday for all buyers.',
    'Staff accessed the building through a side door on Tuesday.',
    "Poland's lower house approved the nomination of the new ombudsman on Wednesday.",
    'The newspaper lifted its embargo on the report on Monday.',
    'France blocked a common EU stance on the app on Tuesday.',
    'The German government blocked a compromise on the levy on Tuesday.',
    'Foreign Minister Ban Ki-moon of South Korea will hold talks on Monday.',
    "China's state-sanctioned church opened a school in Beijing on Monday.",
    'Ana Roe was named Kenya’s special envoy on Monday and charged with relaunching the peace talks.',
    'Friends gathered in Lima on Wednesday to mourn Supreme Court Justice Carlos Ruiz.',
    'The Peruvian investigating judge met the press in Lima on Monday.',
    'Peru scored all of their penalties in Lima on Sunday to win the final.',
    'Chile earned a penalty stroke in the 40th minute on Sunday.',
    "The US Senate approved Ana Roe's appointment as envoy on Tuesday.",
    'Her nomination to the telecoms regulator must be approved by the Senate in Canberra.',
  ])('no act: %s', (sentence) => {
    expect(first(sentence)).toBeNull();
  });
});
