import { toIsoDay } from './iso-day';
import { lineKey } from './line-key';

/**
 * Shape rules for lines that are page furniture rather than article prose. Each rule looks at one
 * trimmed line; `skip` drops the line, `stop` ends the body (everything after a "Related articles"
 * heading is teasers for other stories). Repetition (captions printed twice around the headline)
 * needs the whole article and lives in text-blocks.ts. The rules describe shapes and a short list
 * of generic site prompts; none names the wording of a particular article.
 */
export interface LineRule {
  name: string;
  verdict: 'skip' | 'stop';
  test(line: string): boolean;
}

/** Agencies and picture desks that sign photo captions. */
const CREDIT_SIGNERS = [
  'reuters', 'afp', 'ap', 'epa', 'epa-efe', 'efe', 'getty images', 'getty', 'bloomberg', 'xinhua', 'dpa', 'aap', 'ansa',
  'anadolu', 'anadolu agency', 'pa', 'pa media', 'pa wire', 'shutterstock', 'alamy', 'tass', 'kyodo', 'yonhap', 'wpa pool',
  'pool', 'handout', 'file photo', 'file', 'ap photo', 'reuters photo', 'afp photo', 'sipa', 'imago', 'zuma press', 'nurphoto',
];

const SIGNER = CREDIT_SIGNERS.map((name) => name.replace(/ /g, '\\s+')).join('|');
/** The parenthesised group closing a line ("… (Reuters)"), with no full stop after it. */
const CLOSING_PARENS = /\(([^()]*)\)\s*$/;
/** What such a group holds when it is a credit: an agency, a photo word, or "Institute/Photographer". */
const PAREN_CREDIT = new RegExp(`^(?:(?:${SIGNER})|.*\\b(?:photo|image|credit|courtesy|illustration)\\b.*|[^\\s/][^/]*/[^/]*)$`, 'iu');

function endsWithCredit(line: string): boolean {
  const group = CLOSING_PARENS.exec(line)?.[1]?.trim();
  return group !== undefined && PAREN_CREDIT.test(group);
}
/** "… Saeed KHAN / AFP", "… Photo: Jane Doe/Reuters". */
const SLASH_CREDIT = new RegExp(`(?:^|\\s)/\\s*(?:${SIGNER})\\s*$|\\S/(?:${SIGNER})\\s*$`, 'iu');
const CREDIT_PREFIX = /^(?:photo(?:graph)?|picture|image|illustration|credit|photo credit|file photo|caption|image source|image caption|media caption|video caption)\s*(?:by)?\s*[:|,]/i;

/** Whole-line site prompts, compared by lineKey without trailing punctuation. */
const PROMPTS = new Set([
  'share', 'share post', 'share this', 'share this post', 'share this article', 'share this story', 'share article',
  'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email',
  'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'email', 'print', 'tweet', 'copy link', 'link copied',
  'subscribe', 'subscribe now', 'subscribe today', 'sign up', 'sign up now', 'sign in', 'log in', 'login', 'register',
  'become a member', 'become a subscriber', 'join now', 'join us', 'donate', 'support us',
  'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'skip advertisement',
  'read more', 'read also', 'also read', 'see also', 'continue reading', 'show more', 'load more', 'click here',
  'listen to this article', 'listen', 'comments', 'leave a comment', 'view comments', 'follow us', 'back to top',
]);

/** Prompts that run on ("For more information, read the original story in …", "Sign up for our newsletter …"). */
const PROMPT_OPENINGS = [
  /^for more (?:information|details),? (?:read|see|visit) the original (?:story|article|report|post)/i,
  /^(?:read|see) the original (?:story|article|report|post)\b/i,
  /^(?:subscribe|sign up|register) (?:to|for) (?:our|the)\b.*\b(?:newsletter|updates|alerts)\b/i,
  /^follow (?:us|[\w ]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|telegram|whatsapp)\b/i,
  /^(?:click|tap) here\b/i,
  /^this (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,80}$/i,
  /^this (?:article|story|piece) (?:was |is )?(?:originally|first) (?:published|appeared)\b/i,
  /^(?:read more|read also|also read|see also|related|more|read|watch|listen|also see)\s*:/i,
  /^(?:tags|topics|filed under|categories)\s*:/i,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b.{0,200}$/i,
  /^(?:©|\(c\)\s|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^(?:download|get) (?:the|our) (?:app|newsletter)\b/i,
];

/** Headings after which the page lists other stories. */
const TEASER_HEADINGS = /^(?:related(?: articles?| stories| posts| news| content| coverage| reading| topics)?|more (?:stories|articles|news|from [\w .'-]{1,40})|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?like|read next|up next|most (?:read|popular|viewed)|trending(?: now| stories)?|more on this(?: story| topic)?|latest (?:news|stories))$/i;

const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'\u2019-]*(?:,?\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,7}$/u;

function withoutTrailingPunctuation(line: string): string {
  return lineKey(line).replace(/[\s:.!…>»→|-]+$/u, '');
}

export const lineRules: LineRule[] = [
  { name: 'teaser-heading', verdict: 'stop', test: (line) => TEASER_HEADINGS.test(withoutTrailingPunctuation(line)) },
  { name: 'photo-credit', verdict: 'skip', test: (line) => endsWithCredit(line) || SLASH_CREDIT.test(line) || CREDIT_PREFIX.test(line) },
  { name: 'site-prompt', verdict: 'skip', test: (line) => PROMPTS.has(withoutTrailingPunctuation(line)) || PROMPT_OPENINGS.some((p) => p.test(line)) },
  // "TT", "•", "***": logos and separators, no words of prose.
  { name: 'stray-token', verdict: 'skip', test: (line) => line.length <= 3 || !/\p{L}{2}/u.test(line) },
  // "HOW IS THE US RESPONDING?": section headings in capitals carry no event of their own.
  { name: 'capitals-heading', verdict: 'skip', test: (line) => !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 3 },
  // "By Jane Doe and John Roe": a line of capitalised name words after "By".
  { name: 'byline', verdict: 'skip', test: (line) => line.length < 100 && BYLINE.test(line) },
  { name: 'date-line', verdict: 'skip', test: (line) => isDateLine(line) },
];

const DATE_LINE_PREFIX = /^(?:(?:first )?published|posted|updated|last updated|last modified|date|dated)(?:\s+on)?\s*[:|-]?\s*/i;

/** "March 17, 2023", "Published: 17 March 2023 10:42 GMT", "2023-03-17": a line that only dates the page. */
export function isDateLine(line: string): boolean {
  const rest = line.replace(DATE_LINE_PREFIX, '');
  if (rest.length > 48 || toIsoDay(rest) === null) return false;
  // Nothing but the date, a time and a zone may remain: no words of prose.
  const leftovers = rest
    .replace(/\d+/g, ' ')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, ' ')
    .replace(/\b(?:st|nd|rd|th|at|am|pm|a\.m\.|p\.m\.)(?=\W|$)/gi, ' ')
    .replace(/\b[A-Z]{2,5}\b/g, ' ')
    .replace(/[\s,.:|+\-/()]/g, '');
  return leftovers === '';
}

/** Furniture is short; a longer line is prose (and the rules need not scan it). */
const MAX_FURNITURE_LENGTH = 600;

/** The first rule that matches a trimmed, non-empty line, or null for prose. */
export function classifyLine(line: string): LineRule | null {
  if (line.length > MAX_FURNITURE_LENGTH) return null;
  return lineRules.find((rule) => rule.test(line)) ?? null;
}
