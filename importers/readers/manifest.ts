import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { isIsoDay } from './iso-day';
import { isUrl } from './is-url';

/**
 * The manifest (CONTRACT.md): a JSON array, one entry per article, in order; `file` is relative to
 * the manifest's folder and a file holding several articles has several consecutive entries.
 */
const entrySchema = z.object({
  file: z.string().trim().min(1, 'must be a non-empty path'),
  // Null or absent: the page prints no title before its body (most real pages); the file then holds one article.
  title: z
    .string()
    .trim()
    .min(1, 'must be a non-empty title, or null when the page prints none')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  published: z
    .string()
    .refine(isIsoDay, 'must be a real date written YYYY-MM-DD')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  url: z.string().nullable().optional().transform((value) => value ?? null),
  outlet: z.string().nullable().optional().transform((value) => value ?? null),
});

export type ManifestEntry = z.infer<typeof entrySchema>;

/** Consecutive entries naming the same file: the file is read once and split at their titles. */
export interface ManifestRun {
  /** The `file` value as written in the manifest (what Article.file carries). */
  file: string;
  /** Where it is: resolved against the manifest's folder, or the URL as written. */
  path: string;
  entries: ManifestEntry[];
}

/** An entry that cannot be used: its 1-based position and why, for one line on stderr. */
export interface InvalidEntry {
  index: number;
  reason: string;
}

export interface ParsedManifest {
  entries: ManifestEntry[];
  invalid: InvalidEntry[];
}

/**
 * Parses manifest text. Text that is not a JSON array throws an Error naming the manifest, since
 * nothing in it can be trusted; an invalid entry (CONTRACT.md) is set aside with its index and
 * reason while every valid entry still runs.
 */
export function parseManifest(text: string, manifestPath: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`manifest ${manifestPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(json)) throw new Error(`manifest ${manifestPath}: must be a JSON array of entries, got ${json === null ? 'null' : typeof json}`);
  const entries: ManifestEntry[] = [];
  const invalid: InvalidEntry[] = [];
  json.forEach((raw: unknown, position: number) => {
    const parsed = entrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const problems = parsed.error.issues.map((issue) => {
      const [field] = issue.path;
      return field === undefined ? issue.message : `${String(field)}: ${issue.message}`;
    });
    invalid.push({ index: position + 1, reason: problems.join('; ') });
  });
  return { entries, invalid };
}

/** Reads and validates a manifest file; a missing, unreadable or non-array manifest is an Error naming it. */
export async function loadManifest(manifestPath: string): Promise<ParsedManifest> {
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`manifest ${manifestPath}: cannot be read (${code === 'ENOENT' ? 'file not found' : code ?? String(error)})`);
  }
  return parseManifest(text, manifestPath);
}

/** Groups consecutive entries by file, keeping manifest order. */
export function manifestRuns(entries: ManifestEntry[], manifestPath: string): ManifestRun[] {
  const folder = dirname(manifestPath);
  const runs: ManifestRun[] = [];
  for (const entry of entries) {
    const last = runs[runs.length - 1];
    if (last && last.file === entry.file) last.entries.push(entry);
    else runs.push({ file: entry.file, path: isUrl(entry.file) ? entry.file : resolve(folder, entry.file), entries: [entry] });
  }
  return runs;
}
