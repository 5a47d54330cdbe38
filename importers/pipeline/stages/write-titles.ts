import { jurisdictionShortName } from '../../../db/vocabulary/jurisdiction-name';
import type { EventStatus, EventType } from '../../../db/vocabulary/taxonomy';
import type { Candidate, Stage } from '../types';

type TitleTemplate = (j: string, c: string, status: EventStatus | null) => string;

/** One short headline pattern per type: jurisdiction + verb + object. */
export const TITLE_TEMPLATES: Record<EventType, TitleTemplate> = {
  ban: (j, c, s) => (s === 'proposed' ? `${j} weighs a ban on ${c}` : `${j} bans ${c}`),
  device_ban: (j, c) => `${j} bans ${c} on government devices`,
  age_restriction: (j, _c, s) => (s === 'in_force' ? `${j} minimum age for social media takes effect` : `${j} sets a minimum age for social media`),
  divestiture: (j, c) => `${j} pushes for a sale of ${c}`,
  investigation: (j, c) => `${j} reviews ${c}`,
  legislation: (j, c, s) =>
    s === 'proposed' ? `${j} lawmakers propose measures on ${c}` : s === 'in_force' || s === 'scheduled' ? `${j} law on ${c} takes effect` : s === 'enacted' ? `${j} enacts a law on ${c}` : `${j} legislation on ${c}`,
  executive_action: (j, c, s) => (s === 'rescinded' ? `${j} rescinds orders on ${c}` : `${j} issues an order on ${c}`),
  court: (j, c, s) => (s === 'blocked' ? `${j} court blocks action on ${c}` : `${j} court case involving ${c}`),
  hearing: (j, c, s) => (s === 'scheduled' ? `${c} to testify in ${j}` : `${j} hearing with ${c}`),
  enforcement: (j, c) => `${j} enforcement action involving ${c}`,
  trade_restriction: (j, c) => (c === 'technology' ? `${j} restricts technology trade` : `${j} restricts trade in ${c} products`),
  data_governance: (j, c) => `${c} data arrangement in ${j}`,
  statement: (j, c) => `${j} statement on ${c}`,
  incident: (_j, c) => `${c} data incident`,
};

/** What a title names when the text names no company. */
const DEFAULT_OBJECT: Record<EventType, string> = {
  ban: 'apps',
  device_ban: 'apps',
  age_restriction: 'social media',
  divestiture: 'a foreign-owned company',
  investigation: 'a tech company',
  legislation: 'tech platforms',
  executive_action: 'tech platforms',
  court: 'a tech policy',
  hearing: 'Tech executives',
  enforcement: 'a tech company',
  trade_restriction: 'technology',
  data_governance: 'User',
  statement: 'tech policy',
  incident: 'Company',
};

/** How a statement's cue reads in a title: the verb when a company addresses a government, else the noun. */
const STATEMENT_WORDS: ReadonlyArray<[RegExp, string, string]> = [
  [/^urg/i, 'urges', 'appeal'],
  [/^accus/i, 'accuses', 'accusation'],
  [/^warn/i, 'warns', 'warning'],
  [/^critici/i, 'criticises', 'criticism'],
  [/^condemn/i, 'condemns', 'condemnation'],
  [/^lobb/i, 'lobbies', 'lobbying'],
  [/^oppos/i, 'opposes', 'opposition'],
  [/^(?:vow|pledg)/i, 'pledges to', 'pledge'],
  [/^(?:wrote|sent|letter)/i, 'writes to', 'letter'],
  [/^(?:call|appeal|renew)/i, 'calls on', 'call'],
  [/^(?:admitted|told|testified)/i, 'tells', 'account'],
];

function statementTitle(c: Candidate, cueText: string, j: string, companies: string): string {
  const [, verb, noun] = STATEMENT_WORDS.find(([re]) => re.test(cueText)) ?? [null, 'addresses', 'statement'];
  if (c.jurisdictionSource === 'object' && c.companies[0] && j) return `${c.companies[0]} ${verb} ${j}`;
  return `${j} ${noun} on ${companies}`;
}

/**
 * A short generated headline, at most 120 characters.
 *
 *   GB · device_ban · [TikTok] → "UK bans TikTok on government devices"
 *   "Meta urged Australia to rethink its ban" → "Meta urges Australia"
 */
export const writeTitles: Stage = (ctx, candidates) =>
  candidates.map((c) => {
    const j = c.jurisdictions[0] ? jurisdictionShortName(c.jurisdictions[0]) : '';
    const companies = c.companies.slice(0, 2).join(' and ') || DEFAULT_OBJECT[c.type];
    const template = c.type === 'statement' ? statementTitle(c, ctx.article.text.slice(c.cue.start, c.cue.end), j, companies) : TITLE_TEMPLATES[c.type](j, companies, c.status);
    const raw = template.replace(/\s+/g, ' ').replace(/ (?:in|on)$/, '').trim();
    const title = raw.charAt(0).toUpperCase() + raw.slice(1);
    return { ...c, title: title.length > 120 ? `${title.slice(0, 117)}...` : title };
  });
