import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from './input-error';
import { toIsoDay } from './iso-day';

/**
 * YAML front matter at the top of a text file:
 *
 *     ---
 *     title: Parliament passes the data act
 *     published: 2024-05-02
 *     url: https://example.org/data-act
 *     outlet: Example Times
 *     ---
 *
 * The article's text starts after the closing `---` line, so offsets never point into the YAML.
 */
export interface FrontMatter {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** Where the text after the closing delimiter starts. */
  bodyStart: number;
}

const scalar = z.union([z.string(), z.number(), z.date()]).nullable().optional();

const fieldsSchema = z.object({
  title: scalar,
  published: scalar,
  date: scalar,
  url: scalar,
  outlet: scalar,
});

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

function asText(value: string | number | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  return text === '' ? null : text;
}

/** The front matter of `text`, or null when the text does not open with a `---` line. */
export function readFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return null; // a lone '---' rule at the top is text, not front matter
  const yamlText = rest.slice(0, closing.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText) ?? {};
  } catch (error) {
    throw new InputError(`front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const fields = fieldsSchema.safeParse(data);
  if (!fields.success) {
    const issue = fields.error.issues[0];
    throw new InputError(`front matter ${issue?.path.length ? `field '${issue.path.join('.')}'` : ''} ${issue?.message ?? 'is invalid'}`.replace(/\s+/g, ' '));
  }
  const publishedText = asText(fields.data.published ?? fields.data.date);
  const published = publishedText === null ? null : toIsoDay(publishedText);
  if (publishedText !== null && published === null) throw new InputError(`front matter field 'published' is not a date: "${publishedText}"`);
  return {
    title: asText(fields.data.title),
    published,
    url: asText(fields.data.url),
    outlet: asText(fields.data.outlet),
    bodyStart: opening[0].length + closing.index + closing[0].length,
  };
}
