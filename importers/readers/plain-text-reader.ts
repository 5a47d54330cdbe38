import type { ReadResult } from '../types';
import { findDateline } from './dateline';
import { decodeText } from './decode-text';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { InputError } from './input-error';
import type { ManifestEntry } from './manifest';
import { resolveMeta, type MetaSource } from './publication-meta';
import type { ReadContext, Reader } from './reader';
import { textBlocks } from './text-blocks';
import { repeatedHeadlineStarts } from './headline-splitter';
import { findTitle, lineAround } from './title-locator';

/**
 * Plain text, the fallback format. A file may hold several articles: with a manifest it is split at
 * each entry's title (its first occurrence after the previous article's title); without one it is
 * one article titled by its front matter or its first non-empty line. Each article's text is a
 * verbatim slice of the file and `fileOffset` says where, so quote offsets map back to the file.
 * Without a manifest, a file whose articles each open with a headline printed twice is split at
 * those headlines (headline-splitter.ts); front matter then speaks for none of them.
 */

function sizeFailure(input: string, title: string, length: number, context: ReadContext): ReadResult | null {
  if (length <= context.limits.maxArticleChars) return null;
  const mb = (chars: number) => `${(chars / 1_000_000).toFixed(1)} M characters`;
  return { ok: false, input, reason: `article "${title}" is ${mb(length)}, over the ${mb(context.limits.maxArticleChars)} per-article limit` };
}

/**
 * The headline line as printed, which may differ from the manifest's title in quotes, case or
 * punctuation; null when the title is not printed as a line of its own near the top.
 */
function printedHeadline(text: string, title: string): string | null {
  const span = findTitle(text.slice(0, Math.min(text.length, 4 * title.length + 2000)), title);
  if (!span) return null;
  const line = lineAround(text, span);
  return line.length <= title.length * 1.5 + 20 ? line : null;
}

function article(file: string, text: string, fileOffset: number, sources: MetaSource[], context: ReadContext): ReadResult {
  const meta = resolveMeta(sources, { fallback: context.published, dateline: () => findDateline(text) });
  return sizeFailure(file, meta.title, text.length, context) ?? {
    ok: true,
    article: { ...meta, file, text, fileOffset, blocks: textBlocks(text, meta.title ? printedHeadline(text, meta.title) : null) },
  };
}

/** The body of a one-article file: past any front matter, blank edges trimmed; an Error when there is none. */
function bodyOf(text: string, front: FrontMatter | null): { body: string; start: number } {
  const bodyStart = front?.bodyStart ?? 0;
  const rest = text.slice(bodyStart);
  const start = bodyStart + (rest.length - rest.trimStart().length);
  const body = text.slice(start).trimEnd();
  if (!body) throw new InputError(front ? 'no article text after the front matter' : 'empty file (only whitespace)');
  return { body, start };
}

function singleArticle(file: string, text: string, front: FrontMatter | null, context: ReadContext): ReadResult {
  const { body, start } = bodyOf(text, front);
  // A Markdown heading's '#' marks are not part of the title.
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n')).trim().replace(/^#{1,6}\s+/, '');
  return article(file, body, start, [front ?? {}, { title: readsAsProse(firstLine) ? null : firstLine }], context);
}

/**
 * lead-first-line: a first line of twelve words or more that ends with a full stop is the lead's
 * prose, not a headline (headlines end without one): the page prints no title, as a manifest entry
 * whose title is null says, and its first sentences stay body sentences.
 */
const PROSE_LINE = /^(?=(?:\S+\s+){11,})[^\n]*\.["'”’)]*$/;

function readsAsProse(line: string): boolean {
  return PROSE_LINE.test(line);
}

/**
 * A manifest entry with no title: the page prints none, so the file is one article whose every
 * line is body (its first line is no headline) and whose title is empty unless front matter has one.
 */
function untitledArticle(file: string, text: string, front: FrontMatter | null, entry: ManifestEntry, context: ReadContext): ReadResult {
  const { body, start } = bodyOf(text, front);
  const meta = resolveMeta([entry, front ?? {}], { fallback: context.published, dateline: () => findDateline(body) });
  return sizeFailure(file, meta.title, body.length, context) ?? {
    ok: true,
    article: { ...meta, file, text: body, fileOffset: start, blocks: textBlocks(body, meta.title ? printedHeadline(body, meta.title) : null) },
  };
}

function* manifestArticles(file: string, text: string, front: FrontMatter | null, entries: ManifestEntry[], context: ReadContext): Iterable<ReadResult> {
  const [only] = entries;
  if (entries.length === 1 && only && only.title === null) {
    yield untitledArticle(file, text, front, only, context);
    return;
  }
  const bodyStart = front?.bodyStart ?? 0;
  let cursor = bodyStart;
  const starts = entries.map((entry) => {
    // In manifest order from the previous title on; a manifest out of the file's order still finds it from the top.
    if (entry.title === null) return null;
    const span = findTitle(text, entry.title, cursor) ?? findTitle(text, entry.title, bodyStart);
    if (span) cursor = span.end;
    return span?.start ?? null;
  });
  const found = starts.filter((start): start is number => start !== null).sort((a, b) => a - b);
  // Front matter describes the file; it can only speak for an article when the file holds one.
  const fileMeta: MetaSource = entries.length === 1 && front ? front : {};
  for (const [index, entry] of entries.entries()) {
    const start = starts[index];
    if (entry.title === null) {
      yield { ok: false, input: file, reason: `a manifest entry without a title, beside ${entries.length - 1} other(s) for the same file: a file holding several articles is split at their titles` };
      continue;
    }
    if (start === null || start === undefined) {
      yield { ok: false, input: file, reason: `manifest title "${entry.title}" not found in the file` };
      continue;
    }
    const next = found.find((value) => value > start);
    yield article(file, text.slice(start, next ?? text.length).trimEnd(), start, [entry, fileMeta], context);
  }
}

/** Articles of a file that holds several without a manifest (headline-splitter.ts found them). */
function* splitArticles(file: string, text: string, starts: Array<{ start: number; title: string }>, context: ReadContext): Iterable<ReadResult> {
  for (const [index, { start, title }] of starts.entries()) {
    const end = starts[index + 1]?.start ?? text.length;
    yield article(file, text.slice(start, end).trimEnd(), start, [{ title }], context);
  }
}

export const plainTextReader: Reader = {
  name: 'text',
  // The fallback: anything no other reader claims is read as text (and refused if it is binary).
  detect: () => true,
  async *read(input, context) {
    const text = decodeText(await input.bytes(), input.charset);
    const front = readFrontMatter(text);
    if (context.entries) {
      yield* manifestArticles(input.name, text, front, context.entries, context);
      return;
    }
    const starts = repeatedHeadlineStarts(text, front?.bodyStart ?? 0);
    if (starts) yield* splitArticles(input.name, text, starts, context);
    else yield singleArticle(input.name, text, front, context);
  },
};
