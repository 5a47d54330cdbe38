import { z } from 'zod';
import type { ReadResult } from '../types';
import { findDateline } from './dateline';
import { decodeText } from './decode-text';
import { composeArticle } from './derived-article';
import { htmlFragmentParagraphs, looksLikeHtml, textParagraphs } from './html-paragraphs';
import { InputError } from './input-error';
import { toIsoDay } from './iso-day';
import { manifestEntryFor } from './manifest-match';
import { resolveMeta } from './publication-meta';
import type { ByteLine, ReadContext, Reader } from './reader';

/**
 * JSON lines: one article per line, `{"title", "text"|"body"|"content", "published", "url", "outlet"}`.
 * The file is streamed line by line, so its size is not bounded by memory; a bad line (not JSON,
 * missing fields, bad date, bad UTF-8, too long) is one failure named `file:line`, and the other
 * lines go on. A body with HTML markup goes through the HTML paragraph path.
 */

const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.jsonlines']);
const JSON_LINES_TYPES = /^application\/(?:x-)?(?:ndjson|jsonl|json-seq|jsonlines)\b/i;

const optionalText = z.string().nullable().optional();
const lineSchema = z
  .looseObject({
    title: z.string().trim().min(1, 'needs a non-empty "title"'),
    text: optionalText,
    body: optionalText,
    content: optionalText,
    published: optionalText,
    date: optionalText,
    url: optionalText,
    link: optionalText,
    outlet: optionalText,
    source: optionalText,
  })
  .refine((line) => [line.text, line.body, line.content].some((value) => value?.trim()), 'needs a non-empty "text", "body" or "content"');

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length && issue.code !== 'custom' ? `field "${issue.path.join('.')}": ${issue.message}` : issue.message;
}

function readLine(name: string, line: ByteLine, number: number, context: ReadContext): ReadResult | null {
  const input = `${name}:${number}`;
  if (line.truncated) return { ok: false, input, reason: `line is over the per-article limit (${context.limits.maxArticleChars} characters)` };
  if (!line.bytes.toString('latin1').trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(decodeText(line.bytes));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, input, reason: message };
  }
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) return { ok: false, input, reason: Array.isArray(json) || typeof json !== 'object' || json === null ? 'not a JSON object' : describeIssue(parsed.error) };
  const record = parsed.data;
  const dateText = record.published ?? record.date ?? null;
  const published = dateText ? toIsoDay(dateText) : null;
  if (dateText && !published) return { ok: false, input, reason: `"published" is not a date: "${dateText}"` };
  const body = [record.text, record.body, record.content].find((value) => value?.trim()) ?? '';
  const paragraphs = looksLikeHtml(body) ? htmlFragmentParagraphs(body) : textParagraphs(body);
  const entry = manifestEntryFor(record.title, context.entries, false);
  const title = entry.title ?? record.title;
  const { text, blocks } = composeArticle(title, paragraphs);
  if (text.length > context.limits.maxArticleChars) return { ok: false, input, reason: `article is ${text.length} characters, over the ${context.limits.maxArticleChars} per-article limit` };
  const meta = resolveMeta([entry, { title, published, url: record.url ?? record.link, outlet: record.outlet ?? record.source }], {
    fallback: context.published,
    dateline: () => findDateline(text),
  });
  return { ok: true, article: { ...meta, file: name, text, fileOffset: null, blocks } };
}

export const jsonLinesReader: Reader = {
  name: 'json-lines',
  detect: (input) =>
    JSON_LINES_EXTENSIONS.has(input.extension) ||
    (input.contentType !== null && JSON_LINES_TYPES.test(input.contentType)) ||
    // A .json or extension-less input whose first line is a complete object followed by another line.
    /^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(input.head.toString('utf8')),
  async *read(input, context) {
    let number = 0;
    let yielded = 0;
    // Bytes, not characters: a UTF-8 character is at most 4 bytes.
    for await (const line of input.lines(context.limits.maxArticleChars * 4)) {
      number++;
      const result = readLine(input.name, line, number, context);
      if (!result) continue;
      yielded++;
      yield result;
    }
    if (yielded === 0) throw new InputError('empty file (no JSON lines)');
  },
};
