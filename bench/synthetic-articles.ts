import type { Article, TextBlock } from '../importers/types';
import { seededRandom } from './seeded-random';

/**
 * Synthetic news articles for the extraction benchmark: policy sentences, opinion quotes and
 * filler, composed from small vocabularies with a seeded generator, so every run reads the same
 * corpus. The prose is generated here; no article text is copied from anywhere.
 */

const COUNTRIES = ['India', 'Brazil', 'Canada', 'Australia', 'Japan', 'Germany', 'France', 'Kenya', 'Indonesia', 'Norway', 'Montana', 'Texas'];
const DEMONYM_ACTORS = ['British authorities', 'Danish officials', 'Canadian regulators', 'Chinese authorities', 'Indian officials'];
const COMPANIES = ['TikTok', 'Meta', 'Instagram', 'WeChat', 'Telegram', 'Snap', 'Discord', 'Temu', 'Shein', 'YouTube', 'Huawei', 'DJI'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'last month', 'in June', 'in 2021', 'on March 3', 'earlier this year', ''];
const POLICY = [
  (c: string, x: string, w: string) => `${c} banned ${x} ${w} on government-issued phones, citing security risks.`,
  (c: string, x: string, w: string) => `${c} blocked ${x} ${w}, saying the app threatened public order.`,
  (c: string, x: string, w: string) => `Regulators in ${c} opened an investigation into ${x} ${w} over its handling of user data.`,
  (c: string, x: string, w: string) => `Lawmakers in ${c} introduced a bill ${w} that would require ${x} to store user data on local servers.`,
  (c: string, x: string, w: string) => `A court in ${c} temporarily blocked the ban on ${x} ${w}, ruling that it was too broad.`,
  (c: string, x: string, w: string) => `${c} fined ${x} ${w} for failing to remove illegal content quickly enough.`,
  (c: string, x: string, w: string) => `The chief executive of ${x} is set to testify before a parliamentary committee in ${c} ${w}.`,
  (c: string, x: string, w: string) => `${c} passed a law ${w} that bars children under 16 from holding accounts on ${x}.`,
  (_c: string, x: string, w: string) => `${DEMONYM_ACTORS[x.length % DEMONYM_ACTORS.length]} said ${w} they are banning ${x} on official devices.`,
];
const FILLER = [
  (x: string) => `${x} has hundreds of millions of users around the world.`,
  (x: string) => `“We think this decision is a mistake,” said an analyst who follows ${x}.`,
  () => `The company was founded in 2012 and listed its shares two years later.`,
  () => `Critics say the move could push young people toward less regulated apps.`,
  () => `Researchers at a university published a study of battery chemistry on Monday.`,
  (x: string) => `Shares of ${x} rose 3% in early trading.`,
  () => `Will other countries follow? It depends on who you ask.`,
  () => `The U.S. Sen. John Roe, of No. 5 district fame, was not available; Dr. Ann Lee of Acme Inc. declined to comment.`,
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** `count` articles of about `sentences` sentences each, deterministic for a seed. */
export function syntheticArticles(count: number, sentences = 14, seed = 42): Article[] {
  const r = seededRandom(seed);
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const country = pick(r, COUNTRIES);
    const company = pick(r, COMPANIES);
    const headline = `${country} moves against ${company}`;
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const policy = r() < 0.35;
      const sentence = policy
        ? pick(r, POLICY)(pick(r, COUNTRIES), pick(r, COMPANIES), pick(r, WHEN)).replace(/\s+/g, ' ').replace(' ,', ',').replace(' .', '.')
        : pick(r, FILLER)(company);
      if (s % 2 === 0) paragraphs.push(sentence);
      else paragraphs[paragraphs.length - 1] += ` ${sentence}`;
    }
    const blocks: TextBlock[] = [];
    let text = '';
    [headline, ...paragraphs].forEach((part, k) => {
      if (k) text += '\n\n';
      blocks.push({ start: text.length, end: text.length + part.length, kind: k ? 'body' : 'headline' });
      text += part;
    });
    const month = String(1 + (i % 12)).padStart(2, '0');
    out.push({ title: headline, published: `2024-${month}-15`, publishedInferred: false, url: null, outlet: 'Synthetic', file: `synthetic-${i}.txt`, text, fileOffset: 0, blocks });
  }
  return out;
}
