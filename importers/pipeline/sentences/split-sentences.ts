import type { Article, TextBlock } from '../../types';
import { FINITE_VERB } from '../cues/finite-verb';

/** One sentence of an article, with exact offsets: text === article.text.slice(start, end). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** 'caption': a photo caption in the page's text (caption-line below); it restates, like a headline. 'teaser': a link to another story (teaser-line below). */
  kind: TextBlock['kind'] | 'caption' | 'teaser';
  /** Index of the block (headline or paragraph) it came from. */
  block: number;
  /** A headline read from a plain line of the body (headline-line below), not from the page's title: it may be a stray line. */
  inferred?: true;
}

/**
 * Titles and abbreviations that never end a sentence: the word after them is a name or a number
 * ("Sens. Blumenthal", "Dr. Lee", "No. 5", "Feb. 28").
 */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'sgt',
  'st', 'mt', 'ft', 'no', 'nos', 'vol', 'art', 'sec', 'ch', 'fig', 'pres', 'supt', 'hon', 'rev', 'messrs', 'vs', 'v',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'aus',
  // AP-style state abbreviations in datelines and addresses ("OMAHA, Neb. (AP) —")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that usually sit mid-sentence but can end one ("… bought by Apple Inc. The deal …"). */
const MAYBE_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c']);

/** Words that start a new sentence after a MAYBE_FINAL abbreviation. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in',
  'on', 'at', 'last', 'next', 'since', 'after', 'before', 'meanwhile', 'however', 'there', 'his', 'her', 'their', 'our',
  'some', 'many', 'as', 'while', 'when', 'if', 'for', 'to', 'earlier', 'later', 'also',
]);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
// Only from the start of a run of stops, and the run taken whole (lookahead + backreference is an
// atomic group): a long run of dots with no space after costs one pass, not one pass per dot.
// glued-quote: or a stop right before a double quote and a capital, with no space ('… the ministry
// said."There have been …'): the page lost the space; the quote mark closes the sentence or opens
// the next one (glueQuote decides which).
const BOUNDARY = /(?<![.!?…])(?=([.!?…]+))\1(?:["'”’)\]]*(?=\s)|(?=["“”][A-Z]))/g;

/**
 *   "US Sens. Richard Roe and Jane Doe wrote to the Treasury on Feb. 28. The U.S. Treasury replied."
 *   → ["US Sens. Richard Roe and Jane Doe wrote to the Treasury on Feb. 28.", "The U.S. Treasury replied."]
 *
 * Splits one block of text; offsets are absolute (blockStart added).
 */
export function splitBlock(text: string, blockStart: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let sentenceStart = skipSpace(text, 0);
  const bylines = gluedBylines(text);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length + glueQuote(text, sentenceStart, m.index + m[0].length);
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!isBoundary(text, m.index, m[0], next)) continue;
    sentenceStart = pushGluedBylines(spans, text, bylines, sentenceStart, end, blockStart);
    pushSpan(spans, text, sentenceStart, end, blockStart);
    sentenceStart = next;
  }
  sentenceStart = pushGluedBylines(spans, text, bylines, sentenceStart, text.length, blockStart);
  pushSpan(spans, text, sentenceStart, text.length, blockStart);
  return spans;
}

/**
 * For a glued quote mark right after a stop (see BOUNDARY), 1 when it closes the sentence before it
 * (a closing curly quote, or a straight one after an odd number of straight quotes in the sentence),
 * 0 when it opens the next sentence or when there is none.
 */
function glueQuote(text: string, sentenceStart: number, at: number): number {
  const mark = text[at];
  if (mark === '”') return 1;
  if (mark !== '"') return 0;
  let straight = 0;
  for (let i = sentenceStart; i < at; i++) if (text[i] === '"') straight++;
  return straight % 2;
}

function isBoundary(text: string, at: number, punct: string, next: number): boolean {
  const nextChar = text[next] ?? '';
  // The next sentence starts with a capital, a digit or an opening quote; "e.g. lowercase" does not.
  if (!/[A-Z0-9"“‘'(\[]/.test(nextChar)) return false;
  if (insideParentheses(text, at, punct)) return false;
  if (punct[0] !== '.') return true;
  const word = wordBefore(text, at);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // An initial ("J. Smith") or a middle initial.
  if (/^[A-Z]$/.test(word)) return false;
  if (MAYBE_FINAL.has(lower) || /^([a-z]\.)+[a-z]$/i.test(word)) {
    const nextWord = /^[A-Za-z]+/.exec(text.slice(next))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/**
 * open-parenthesis: a stop inside a bracket opened just before it ends an abbreviation, not the
 * sentence ("fined it HUF 1.2 billion (cca. EUR 3.6 mn) after …", "(approx. 40 %)"); a bracket that
 * closes right after the stop holds a sentence of its own ("(See the ruling.) The court …").
 */
const PARENTHESIS_REACH = 40;

function insideParentheses(text: string, at: number, punct: string): boolean {
  if (punct.includes(')')) return false;
  // only the reach before the stop is read, so a text of many stops stays linear
  const from = Math.max(0, at - PARENTHESIS_REACH);
  const before = text.slice(from, at);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.lastIndexOf(')') < open;
}

/**
 * glued-byline: a page's headline run into its byline with no space ("… for breaching EU lawBy Ann Roe
 * and Bo Lee BRUSSELS, April 23 …"): a lower-case letter, then "By" and a capitalised name, starts a
 * new sentence, so the headline stands alone.
 */
const GLUED_BYLINE = /(?<=[a-z])By\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+/g;

/** Where glued bylines start in a block (found once per block: most blocks have none). */
function gluedBylines(text: string): number[] {
  if (!text.includes('By')) return [];
  return [...text.matchAll(GLUED_BYLINE)].map((m) => m.index ?? 0);
}

/**
 * Pushes each stretch of [start, end) that ends before a glued byline; returns where the rest starts.
 * Spans come in text order, so the bylines are consumed from the front (linear over the block).
 */
function pushGluedBylines(spans: Array<{ start: number; end: number }>, text: string, bylines: number[], start: number, end: number, base: number): number {
  let from = start;
  while (bylines.length && (bylines[0] as number) < end) {
    const at = bylines.shift() as number;
    if (at <= from) continue;
    pushSpan(spans, text, from, at, base);
    from = at;
  }
  return from;
}

/** The token before the period at `at`, including inner periods ("U.S"). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function pushSpan(spans: Array<{ start: number; end: number }>, text: string, start: number, end: number, base: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > start) spans.push({ start: base + start, end: base + e });
}

/** Blocks of an article; a hand-built article without blocks reads as blank-line-separated paragraphs, the first one its headline. */
export function articleBlocks(article: Article): TextBlock[] {
  if (article.blocks.length) return article.blocks;
  const blocks: TextBlock[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
    if (!m[0].trim()) continue;
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: blocks.length ? 'body' : 'headline' });
  }
  return blocks;
}

/**
 * headline-line: a page stored without its title markup often carries the headline as a plain line
 * among the clutter before the lead ("Saturday Jul 30 2022 / Reuters / Ruritania blocks two apps over
 * licences / JAKARTA: Ruritania has blocked …"). A line of 4 to 20 words starting with a capital and
 * ending without a stop, before the lead's first full sentence, reads as a headline (not a photo
 * caption or a subscription prompt): it stands as an
 * event only when no body sentence states it (drop-restated-headlines.ts).
 */
// (a stop inside closing quotation marks ends a sentence: '… in the semiconductor production cycle."' is the lead)
const HEADLINE_LINE = /^(?=(?:\S+\s+){3,19}\S+$)[A-Z‘“"'][^\n]*[\w’'”"](?<![.!?…]["'”’])$/;
/** Lines at the top of a page that are captions or prompts, never headlines. */
const NOT_HEADLINE = /\b(?:photo|illustration|pictured|is seen|are seen|logo|file image|caption|subscribe|sign up|download|click|cookies?|newsletter)\b/i;
/** The lead has started: a sentence of eight words or more ending with a stop. */
const LEAD_SENTENCE = /^(?=(?:\S+\s+){7,})[\s\S]*[.!?…]["'”’)]*$/;
/**
 * caption-line: a line that credits or places a photo ("Norway's parliament (pictured) has …", "… Photo by
 * Ann Roe on Unsplash", "(AP Photo/Ann Roe)") is a caption: it retells the news beside a picture. Its
 * sentences are kept as captions, which stand as an event only when no body sentence states it
 * (drop-restated-headlines.ts), anywhere on the page. Only short lines (a caption is not a paragraph).
 */
// ("(R)" after a politician's title and name is a party, not a place in the picture: "Montana Gov. Ann Roe (R) signed …")
const CAPTION_LINE = /\((?:pictured|left|right|centre|center|file|file photo)\)|(?<!\b(?:Gov|Govs|Sen|Sens|Rep|Reps|Governor|Senator|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Del)\.?\s+(?:[A-Z][\w.'’-]*\s+){1,3})\([CLR]\)|\b(?:Photo|Photograph|Picture|Image)(?:\s+by\b|\s*:|\s+credit\b|\s+[Ss]ource\s*:)|^(?:Comment on the photo|Caption)\b|\((?:AP |AFP |Reuters )?Photo\b|\bGetty Images\b|\bvia Getty\b|\bREUTERS\/\w/;
const CAPTION_MAX_WORDS = 60;

/**
 * teaser-line: a line a page prints to send the reader to another story ("Recommended Australia becomes the latest
 * country to ban …", "READ ALSO: Zenith announces …", "Related: …"): the other story's headline, no part of this one.
 */
const TEASER_LABEL = /^\s*(?:Recommended|Related(?:\s+(?:stories|articles|news|content))?|Read\s+(?:more|also|next)|Also\s+read|See\s+also|More\s+from\s+[\w\s]{1,30}?|Most\s+read|Trending(?:\s+now)?|Must\s+read|You\s+may\s+also\s+like|Don['’]t\s+miss|Top\s+stories|Editor['’]s\s+picks?)\b/i;
/** After the label, a separator or a capitalised headline: "Recommended changes were adopted" is prose, not a link. */
const AFTER_TEASER_LABEL = /^\s*(?:[:|»›-]\s*\S|(?=\p{Lu}))/u;

function isTeaserLine(line: string): boolean {
  const label = TEASER_LABEL.exec(line);
  return !!label && AFTER_TEASER_LABEL.test(line.slice(label[0].length)) && line.split(/\s+/).length <= CAPTION_MAX_WORDS;
}

/** Only the top of the page holds such lines. */
const HEADLINE_SEARCH_BLOCKS = 6;

/**
 * verbless-continuation: a line with no stop at its end, then a long line that ends with one and has no finite verb of its
 * own ("The parliament has passed the world's first bill to ban" / "Zenith, Zapchat and other app store operators from
 * forcing payment schemes on developers."): the second is the rest of the first's sentence, cut by the page's wrapping,
 * not a sentence under a headline.
 */
const CONTINUATION_MIN_WORDS = 8;
const ENDS_WITH_STOP = /[.!?…]["'”’)]*\s*$/;

function joinVerblessContinuations(blockText: string, lines: Array<{ index: number; text: string }>): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !ENDS_WITH_STOP.test(prev.text) && /^[A-Z]/.test(line.text) && continuesLine(line.text) && /^[^\S\n]*\n[^\S\n]*$/.test(blockText.slice(prev.index + prev.text.length, line.index))) {
      out[out.length - 1] = { index: prev.index, text: blockText.slice(prev.index, line.index + line.text.length) };
      continue;
    }
    out.push(line);
  }
  return out;
}

/** The line's first sentence ends with a stop, is long, and has no finite verb: the rest of a sentence, not one. */
function continuesLine(line: string): boolean {
  const first = splitBlock(line, 0)[0];
  const sentence = first ? line.slice(first.start, first.end) : line;
  return ENDS_WITH_STOP.test(sentence) && sentence.split(/\s+/).length >= CONTINUATION_MIN_WORDS && !FINITE_VERB.test(sentence);
}

/**
 *   article "UK bans app\n\nOn Thursday, British officials said … Dr. Lee agreed."
 *   → [{ kind: 'headline', text: 'UK bans app' }, { kind: 'body', text: 'On Thursday, …' }, { text: 'Dr. Lee agreed.' }]
 */
export function splitSentences(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  let leadStarted = false;
  articleBlocks(article).forEach((block, blockIndex) => {
    const blockText = article.text.slice(block.start, block.end);
    // A block may hold hard line breaks (headline + dateline); a line break also ends a sentence, except
    // wrapped-line: in text wrapped at a fixed width ("Indonesia has blocked search\nengine website Yahoo") a
    // break between a lower-case word (or a comma) and a lower-case word is inside the sentence.
    // (or after a word that cannot end a sentence: "released in late\nNovember 2020", "the\nPresident")
    const lineRe = /(?:[^\n]|(?<=[a-z,;])\n(?=[a-z])|(?<=\b(?:the|a|an|of|in|on|at|to|for|by|with|from|and|or|late|early|mid|than|as|until|like|into|under|over|about|its|their|his|her)) ?\n(?=\S))+/g;
    for (const line of joinVerblessContinuations(blockText, [...blockText.matchAll(lineRe)].map((m) => ({ index: m.index ?? 0, text: m[0] })))) {
      const caption = block.kind === 'body' && CAPTION_LINE.test(line.text) && line.text.split(/\s+/).length <= CAPTION_MAX_WORDS;
      const teaser = block.kind === 'body' && isTeaserLine(line.text);
      for (const span of splitBlock(line.text, block.start + line.index)) {
        const text = article.text.slice(span.start, span.end);
        const headlineLike = block.kind === 'body' && !leadStarted && blockIndex < HEADLINE_SEARCH_BLOCKS && HEADLINE_LINE.test(text) && !NOT_HEADLINE.test(text);
        if (block.kind === 'body' && !caption && !teaser && LEAD_SENTENCE.test(text)) leadStarted = true;
        const kind = teaser ? 'teaser' : caption ? 'caption' : headlineLike ? 'headline' : block.kind;
        sentences.push({ index: sentences.length, start: span.start, end: span.end, text, kind, block: blockIndex, ...(kind === 'headline' && block.kind === 'body' ? { inferred: true as const } : {}) });
      }
    }
  });
  return sentences;
}
