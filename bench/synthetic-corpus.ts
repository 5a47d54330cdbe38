import { createHash } from 'node:crypto';
import type { CompanyEntry } from '../db/vocabulary/companies';
import type { EventStatus, EventType, Precision } from '../db/vocabulary/taxonomy';
import { seededRandom, type Random } from './seeded-random';

/**
 * A synthetic corpus for the query and import benchmarks: articles whose policy sentences are the
 * quotes (with true offsets) of the events they state, with a realistic skew of jurisdictions (the
 * US and its states, the EU, a long tail), companies (a few giants, many small), types and dates
 * (more recent years, mostly day precision). Seeded, so every run seeds the same rows. All prose is
 * generated here from small vocabularies.
 */

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** A list with weights, sampled by binary search over the cumulative weights. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(readonly items: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, weight] of items) this.cumulative.push((sum += weight));
    this.total = sum;
  }
  sample(r: Random): T {
    const x = r() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return (this.items[lo] as readonly [T, number])[0];
  }
}

/** Jurisdiction code, the name prose uses, and its weight (how often the news covers it). */
export const JURISDICTIONS = new Weighted<readonly [string, string]>([
  [['US', 'the United States'], 160], [['EU', 'the European Union'], 70], [['GB', 'Britain'], 50],
  [['IN', 'India'], 45], [['AU', 'Australia'], 35], [['CA', 'Canada'], 35], [['CN', 'China'], 30],
  [['FR', 'France'], 22], [['DE', 'Germany'], 22], [['JP', 'Japan'], 18], [['KR', 'South Korea'], 15],
  [['BR', 'Brazil'], 15], [['ID', 'Indonesia'], 12], [['PK', 'Pakistan'], 12], [['TW', 'Taiwan'], 12],
  [['NL', 'the Netherlands'], 10], [['IT', 'Italy'], 10], [['ES', 'Spain'], 9], [['DK', 'Denmark'], 8],
  [['NO', 'Norway'], 7], [['BE', 'Belgium'], 7], [['NZ', 'New Zealand'], 7], [['IE', 'Ireland'], 7],
  [['RU', 'Russia'], 9], [['TR', 'Turkey'], 6], [['VN', 'Vietnam'], 6], [['NP', 'Nepal'], 5],
  [['KE', 'Kenya'], 5], [['NG', 'Nigeria'], 5], [['ZA', 'South Africa'], 5], [['MX', 'Mexico'], 5],
  [['AR', 'Argentina'], 4], [['SG', 'Singapore'], 5], [['MY', 'Malaysia'], 4], [['PH', 'the Philippines'], 4],
  [['US-MT', 'Montana'], 12], [['US-TX', 'Texas'], 12], [['US-CA', 'California'], 12], [['US-FL', 'Florida'], 9],
  [['US-NY', 'New York'], 8], [['US-UT', 'Utah'], 8], [['US-VA', 'Virginia'], 6], [['US-AR', 'Arkansas'], 5],
  [['US-IN', 'Indiana'], 5], [['US-OH', 'Ohio'], 5], [['US-GA', 'Georgia'], 4], [['US-NJ', 'New Jersey'], 4],
  [['US-LA', 'Louisiana'], 3], [['US-TN', 'Tennessee'], 3], [['US-WA', 'Washington State'], 3],
  [['AU-NSW', 'New South Wales'], 3], [['CA-QC', 'Quebec'], 3], [['IN-MH', 'Maharashtra'], 2],
  [['GB-SCT', 'Scotland'], 2], [['DE-BY', 'Bavaria'], 2],
]);

/** Share of events no source places anywhere. */
const NO_JURISDICTION = 0.03;

const TYPES = new Weighted<EventType>([
  ['ban', 14], ['device_ban', 12], ['age_restriction', 7], ['divestiture', 4], ['investigation', 14],
  ['legislation', 16], ['executive_action', 6], ['court', 10], ['hearing', 5], ['enforcement', 8],
  ['trade_restriction', 4], ['data_governance', 6], ['statement', 6], ['incident', 3],
]);

/** Per type: statuses it plausibly has; a sentence template (J jurisdiction, C company, W date phrase); a title. */
interface TypeProse {
  statuses: readonly EventStatus[];
  sentence: (j: string, c: string, w: string) => string;
  title: (j: string, c: string) => string;
}

const PROSE: Record<EventType, TypeProse> = {
  ban: {
    statuses: ['announced', 'enacted', 'in_force', 'blocked', 'rescinded'],
    sentence: (j, c, w) => `${cap(j)} banned ${c}${w}, citing national security risks that officials said the company had failed to address`,
    title: (j, c) => `${cap(j)} bans ${c}`,
  },
  device_ban: {
    statuses: ['announced', 'enacted', 'in_force'],
    sentence: (j, c, w) => `Officials in ${j} ordered staff to remove ${c} from government-issued phones${w}, extending an earlier restriction on work laptops`,
    title: (j, c) => `${cap(j)} bans ${c} on government devices`,
  },
  age_restriction: {
    statuses: ['proposed', 'enacted', 'in_force', 'scheduled'],
    sentence: (j, c, w) => `Lawmakers in ${j} passed a measure${w} that bars children under 16 from holding accounts on ${c} and similar services`,
    title: (j, c) => `${cap(j)} restricts ${c} for under-16s`,
  },
  divestiture: {
    statuses: ['proposed', 'enacted', 'ongoing'],
    sentence: (j, c, w) => `The government of ${j} ordered the owners of ${c} to sell its local operations${w} or face a nationwide shutdown`,
    title: (j, c) => `${cap(j)} orders ${c} divestiture`,
  },
  investigation: {
    statuses: ['announced', 'ongoing'],
    sentence: (j, c, w) => `Regulators in ${j} opened an investigation into ${c}${w} over how the company collects and transfers the personal data of its users`,
    title: (j, c) => `${cap(j)} investigates ${c}`,
  },
  legislation: {
    statuses: ['proposed', 'enacted', 'in_force', 'scheduled'],
    sentence: (j, c, w) => `A bill introduced in ${j}${w} would require ${c} to store user data on local servers and to submit to yearly security audits`,
    title: (j, c) => `${cap(j)} bill targets ${c}`,
  },
  executive_action: {
    statuses: ['announced', 'enacted', 'rescinded'],
    sentence: (j, c, w) => `The head of government in ${j} signed an executive order${w} directing agencies to review every contract that involves ${c}`,
    title: (j, c) => `${cap(j)} executive order on ${c}`,
  },
  court: {
    statuses: ['blocked', 'ongoing', 'announced'],
    sentence: (j, c, w) => `A court in ${j} temporarily blocked the restrictions on ${c}${w}, ruling that they were broader than the law allows`,
    title: (j, c) => `Court in ${j} blocks ${c} restrictions`,
  },
  hearing: {
    statuses: ['scheduled', 'announced'],
    sentence: (j, c, w) => `The chief executive of ${c} is set to testify before a parliamentary committee in ${j}${w} about the company's ties abroad`,
    title: (j, c) => `${c} testifies in ${j}`,
  },
  enforcement: {
    statuses: ['announced', 'enacted'],
    sentence: (j, c, w) => `The data protection authority in ${j} fined ${c}${w} for failing to remove illegal content quickly enough after notices`,
    title: (j, c) => `${cap(j)} fines ${c}`,
  },
  trade_restriction: {
    statuses: ['announced', 'in_force'],
    sentence: (j, c, w) => `Trade officials in ${j} added ${c} to an export control list${w}, cutting the company off from chips and licensed software`,
    title: (j, c) => `${cap(j)} export controls on ${c}`,
  },
  data_governance: {
    statuses: ['proposed', 'enacted', 'in_force'],
    sentence: (j, c, w) => `Under rules adopted in ${j}${w}, ${c} must keep the data of local users inside the country and report every transfer`,
    title: (j, c) => `${cap(j)} data rules for ${c}`,
  },
  statement: {
    statuses: ['announced'],
    sentence: (j, c, w) => `Ministers in ${j} said${w} that they were weighing further measures against ${c} if the company did not change course`,
    title: (j, c) => `${cap(j)} warns ${c}`,
  },
  incident: {
    statuses: ['announced', 'ongoing'],
    sentence: (j, c, w) => `Users across ${j} reported that ${c} was unreachable${w} after network operators throttled its servers without notice`,
    title: (j, c) => `${c} outage in ${j}`,
  },
};

const SYLLABLES = ['bar', 'ten', 'lo', 'vi', 'mor', 'dan', 'el', 'ka', 'ris', 'tor', 'win', 'sa', 'bel', 'gro', 'ven', 'hal', 'mi', 'nor', 'pe', 'quin'];

/** Distinct proper names ('Barlovi', 'Tenmor' …): agencies, acts and think tanks the prose cites. */
export const NAME_COUNT = 4000;

/** The i-th name, 0 ≤ i < NAME_COUNT: three syllables spelled from i's digits in base 20. */
export function syntheticName(i: number): string {
  const a = SYLLABLES[i % 20] as string;
  const b = SYLLABLES[Math.floor(i / 20) % 20] as string;
  const c = i >= 400 ? (SYLLABLES[Math.floor(i / 400) % 20] as string) : '';
  const word = `${a}${b}${c}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A name index, skewed: a few names are cited often, most rarely (as with real agencies and laws). */
export function pickNameIndex(r: () => number): number {
  return Math.floor(r() ** 2.5 * NAME_COUNT);
}

const NAMED_CLAUSES = [
  (n: string) => `, according to a review by the ${n} Institute`,
  (n: string) => `, under powers granted by the ${n} Act`,
  (n: string) => `, a spokesperson for the ${n} Commission said`,
  (n: string) => `, after a complaint from the ${n} Foundation`,
];

const CLAUSES = [
  ', according to a statement published by the ministry',
  ', a spokesperson said in an emailed statement',
  ', in a decision that drew criticism from digital rights groups',
  ', people familiar with the matter said',
  '',
  '',
];

const FILLER = [
  (c: string) => `${c} says it has hundreds of millions of users around the world and that it complies with local law.`,
  (c: string) => `"We think this decision is a mistake and we will keep talking to the authorities," said a spokesperson for ${c}.`,
  () => `Critics say the move could push young people toward less regulated apps that are harder to moderate.`,
  () => `Analysts expect other governments to study the measure closely before deciding whether to follow.`,
  () => `The policy debate has moved quickly since security agencies first raised concerns in public testimony.`,
  (c: string) => `Shares in companies that compete with ${c} rose in early trading after the announcement.`,
  () => `Civil liberties groups said they would challenge any restriction that limited lawful speech.`,
  () => `Officials declined to say how the rules would be enforced or which agency would oversee compliance.`,
];

const OUTLETS = ['The Daily Ledger', 'Northern Courier', 'Policy Wire', 'The Evening Record', 'Tech Affairs Weekly', 'Capital Post', 'Global Monitor'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function cap(text: string): string {
  return text.startsWith('the ') ? `The ${text.slice(4)}` : text;
}

export interface CompanyIds {
  /** Company rows in id order (id = index + 1), so the seed and the generator agree on ids. */
  entries: readonly CompanyEntry[];
}

export interface SyntheticArticle {
  id: number;
  content_hash: string;
  title: string;
  url: string;
  outlet: string;
  published: string;
  source_file: string;
  text: string;
}

export interface SyntheticEvent {
  id: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_start: string | null;
  date_end: string | null;
  jurisdiction: string | null;
  type: EventType;
  status: EventStatus | null;
  title: string;
  confidence: number;
}

export interface SyntheticSource {
  id: number;
  event_id: number;
  article_id: number;
  quote: string;
  quote_start: number;
  quote_end: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: string;
  status: EventStatus | null;
  confidence: number;
}

export interface SyntheticBundle {
  article: SyntheticArticle;
  /** Events this article states first (others it restates were emitted with earlier articles). */
  events: SyntheticEvent[];
  sources: SyntheticSource[];
  eventCompanies: { event_id: number; company_id: number }[];
}

interface EventProse {
  event: SyntheticEvent;
  place: string;
  company: string;
  when: string;
}

export interface CorpusOptions {
  events: number;
  companies: readonly CompanyEntry[];
  seed?: number;
}

/** Share of policy sentences that restate an event an earlier article stated (events with several sources). */
const RESTATE = 0.22;
/** How far back a restatement reaches: events of the last few thousand, as news repeats recent events. */
const RECENT = 4096;

/**
 * Articles with their new events, sources and company links, until `events` events exist. Streams:
 * one bundle at a time, only a ring of recent events kept, so memory stays flat at any size.
 */
export function* syntheticCorpus(options: CorpusOptions): Generator<SyntheticBundle> {
  const r = seededRandom(options.seed ?? 42);
  // Zipf-like company weights: the first entries of the gazetteer (the giants) dominate.
  const companies = new Weighted(options.companies.map((c, i) => [[i + 1, c.name] as const, 1 / (i + 1) ** 0.9]));
  const recent: EventProse[] = [];
  let eventId = 0;
  let sourceId = 0;
  let articleId = 0;
  while (eventId < options.events) {
    articleId++;
    const published = randomDay(r, 2012, 2026);
    const outlet = pick(r, OUTLETS);
    const lead = JURISDICTIONS.sample(r);
    const leadCompany = companies.sample(r);
    const headline = `${cap(lead[1])} moves against ${leadCompany[1]} as scrutiny of foreign apps grows`;
    const events: SyntheticEvent[] = [];
    const sources: SyntheticSource[] = [];
    const eventCompanies: { event_id: number; company_id: number }[] = [];
    const parts: string[] = [];
    let length = 0;
    const policySentences = 2 + Math.floor(r() * 7);
    const fillerSentences = 4 + Math.floor(r() * 9);
    let policyLeft = policySentences;
    for (let s = 0; s < policySentences + fillerSentences; s++) {
      const policy = policyLeft > 0 && (r() < policyLeft / (policySentences + fillerSentences - s) || s === 0);
      const separator = parts.length === 0 ? '' : r() < 0.3 ? '\n\n' : ' ';
      if (!policy) {
        const sentence = pick(r, FILLER)(leadCompany[1]);
        parts.push(separator, sentence);
        length += separator.length + sentence.length;
        continue;
      }
      policyLeft--;
      let prose: EventProse;
      if (recent.length > 16 && r() < RESTATE) {
        prose = recent[Math.floor(r() * recent.length)] as EventProse;
      } else if (eventId < options.events) {
        prose = newEvent(r, ++eventId, published, companies, eventCompanies);
        events.push(prose.event);
        if (recent.length < RECENT) recent.push(prose);
        else recent[eventId % RECENT] = prose;
      } else {
        continue;
      }
      const { event } = prose;
      const clause = r() < 0.7 ? pick(r, NAMED_CLAUSES)(syntheticName(pickNameIndex(r))) : pick(r, CLAUSES);
      const sentence = `${PROSE[event.type].sentence(prose.place, prose.company, prose.when)}${clause}.`;
      const start = length + separator.length;
      parts.push(separator, sentence);
      length = start + sentence.length;
      sources.push({
        id: ++sourceId,
        event_id: event.id,
        article_id: articleId,
        quote: sentence,
        quote_start: start,
        quote_end: start + sentence.length,
        date_value: event.date_value,
        date_precision: event.date_precision,
        date_basis: event.date_value ? 'explicit' : 'reported',
        status: event.status,
        confidence: round2(0.5 + r() * 0.45),
      });
    }
    const text = parts.join('');
    yield {
      article: {
        id: articleId,
        content_hash: createHash('sha256').update(headline).update('\u0000').update(text).digest('hex'),
        title: headline,
        url: `https://news.example.org/${published.slice(0, 4)}/${articleId}`,
        outlet,
        published,
        source_file: `synthetic/${articleId}.txt`,
        text,
      },
      events,
      sources,
      eventCompanies,
    };
  }
}

function newEvent(
  r: Random,
  id: number,
  published: string,
  companies: Weighted<readonly [number, string]>,
  links: { event_id: number; company_id: number }[],
): EventProse {
  const type = TYPES.sample(r);
  const place = r() < NO_JURISDICTION ? null : JURISDICTIONS.sample(r);
  const first = companies.sample(r);
  const companyCount = r() < 0.12 ? 0 : r() < 0.12 ? 2 : 1;
  const second = companies.sample(r);
  const named = companyCount === 0 ? [] : companyCount === 1 || second[0] === first[0] ? [first] : [first, second];
  for (const [companyId] of named) links.push({ event_id: id, company_id: companyId });
  const date = eventDate(r, published);
  const prose = PROSE[type];
  const placeName = place?.[1] ?? 'several countries';
  const companyName = named.length ? named.map((c) => c[1]).join(' and ') : 'foreign messaging apps';
  return {
    event: {
      id,
      ...date,
      jurisdiction: place?.[0] ?? null,
      type,
      status: r() < 0.15 ? null : pick(r, prose.statuses),
      title: prose.title(placeName, companyName),
      confidence: round2(0.55 + r() * 0.4),
    },
    place: placeName,
    company: companyName,
    when: date.phrase,
  };
}

interface EventDate {
  date_value: string | null;
  date_precision: Precision | null;
  date_start: string | null;
  date_end: string | null;
  phrase: string;
}

/** Mostly day precision, some months and years, a few undated; near the article's date, a few ahead of it. */
function eventDate(r: Random, published: string): EventDate {
  const roll = r();
  if (roll < 0.03) return { date_value: null, date_precision: null, date_start: null, date_end: null, phrase: '' };
  const base = Date.parse(`${published}T00:00:00Z`);
  const offsetDays = r() < 0.1 ? Math.floor(r() * 180) : -Math.floor(r() ** 2 * 400);
  const day = new Date(base + offsetDays * 86_400_000);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + 1;
  const d = day.getUTCDate();
  const mm = String(m).padStart(2, '0');
  if (roll < 0.11) return { date_value: `${y}`, date_precision: 'year', date_start: `${y}-01-01`, date_end: `${y}-12-31`, phrase: ` in ${y}` };
  if (roll < 0.3) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {
      date_value: `${y}-${mm}`,
      date_precision: 'month',
      date_start: `${y}-${mm}-01`,
      date_end: `${y}-${mm}-${last}`,
      phrase: ` in ${MONTHS[m - 1]} ${y}`,
    };
  }
  const iso = `${y}-${mm}-${String(d).padStart(2, '0')}`;
  return { date_value: iso, date_precision: 'day', date_start: iso, date_end: iso, phrase: ` on ${MONTHS[m - 1]} ${d}, ${y}` };
}

/** A day in [fromYear, toYear], weighted toward recent years (coverage grows over time). */
function randomDay(r: Random, fromYear: number, toYear: number): string {
  const span = toYear - fromYear + 1;
  const year = toYear - Math.floor(r() ** 1.6 * span);
  const month = 1 + Math.floor(r() * (year === toYear ? 10 : 12));
  const day = 1 + Math.floor(r() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
