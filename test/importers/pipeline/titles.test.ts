import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

// Fictional sentences written for these tests: who did what to whom, from the clause.
const title = (sentence: string, headline = 'News'): string | undefined => extractMentions(makeArticle(headline, [sentence], '2024-05-17'))[0]?.title;

describe('titles read the right way round', () => {
  it.each([
    // the company speaks to the government: never "Norway urges Snap" or "Norway call on Snap"
    ['Snap urged Norway on Monday to rethink its minimum age for social media.', 'Snap urges Norway'],
    ['Meta called on Peru on Tuesday to drop its planned ban.', 'Meta calls on Peru'],
    // the government speaks: a verb that agrees with its subject
    ['The South Korean commission called on Google and Apple to implement corrective measures.', 'South Korea calls on Google and Apple'],
    ['Canadian officials warned on Tuesday that WeChat could expose users to surveillance.', 'Canada warns about WeChat'],
  ])('%s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });

  it('a company is the speaker only as the verb’s own subject, not when its users call for something (negative case)', () => {
    const t = title('Peru’s regulator restricted access to Instagram on Friday after Meta let users in Peru call for protests against officials.');
    expect(t).toMatch(/^Peru /);
    expect(t).not.toMatch(/^Meta calls/);
  });
  it('someone the title does not name appeals to a government: not "TikTok urges US"', () => {
    expect(title('A coalition of civic groups sent a letter to Congress urging lawmakers not to ban TikTok.', 'Groups oppose TikTok ban')).toBe('Appeal to US on TikTok');
  });
  it('a court that declined to block a law let it stand: "Court declines to block Mississippi law", never "Court blocks …"', () => {
    expect(title('The Supreme Court declined on Friday to block Mississippi’s age verification law.')).toBe('Court declines to block Mississippi law');
    expect(title('A federal judge refused on Friday to strike down Utah’s social media law.')).toBe('Court refuses to strike down Utah law');
  });
  it('a suit against a government is not the government suing', () => {
    const m = extractMentions(makeArticle('Oregon app law challenged', ['Oregon’s governor signed the app law in May.', 'A trade group sued the state in June over the law.'], '2024-10-16'));
    expect(m.at(-1)?.title).toBe('Lawsuit against Oregon');
  });
  it('a party reviewing a court decision opens no investigation (negative case)', () => {
    expect(extractMentions(makeArticle('Ruling', ['Oregon’s attorney general said his office is reviewing the decision.'], '2024-10-16')).map((m) => m.type)).not.toContain('investigation');
  });
  it('a ban lifted reads as lifted, never as a new ban', () => {
    expect(title('Gabon’s telecoms regulator restored access to TikTok on Friday after a nine-day suspension.')).toBe('Gabon lifts its ban on TikTok');
    expect(title('Moldova lifted its ban on the app on state phones in March.')).toBe('Moldova lifts its ban on apps on government devices');
  });
  it('a federal court blocking a state law: the court blocks the law, not "action on" the company', () => {
    expect(title('A federal appeals court on Friday blocked an Ohio law that requires parental consent for teen accounts on TikTok.')).toBe('Court blocks Ohio law on TikTok');
  });
  it('a national court upholding a ban names the ban', () => {
    expect(title('A Brazilian court on Friday upheld the ban on X.')).toBe('Brazilian court upholds ban on X');
  });
  it('a government suing a company is the plaintiff', () => {
    expect(title('The FTC sued Facebook in December.')).toBe('US sues Facebook');
  });
  it('a court verb with nothing ruled on keeps the neutral form (negative case)', () => {
    expect(title('A Brazilian court on Friday ruled in a case about X.')).toMatch(/^Brazilian court/);
  });
  it('lawmakers are named with the adjective', () => {
    expect(title('Spanish lawmakers proposed a bill on Tuesday to raise the minimum age for social media accounts.')).toMatch(/^(?:Spanish lawmakers|Spain)/);
  });
});

describe('enforcement titles say what the authority did', () => {
  it.each([
    ['Japan’s fair trade commission fined Google on Tuesday.', 'Japan fines Google'],
    ['The European Commission on Thursday sent Apple a statement of objections over its app store.', 'EU charges Apple'],
    ['South Korea’s regulator said on Monday it plans to fine Google and Apple.', 'South Korea plans to fine Google and Apple'],
    // no company named: the generic title stays
    ['Turkey’s competition board fined the firm on Monday.', 'Turkey enforcement action involving a tech company'],
  ])('%s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
});
