import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { isIsoDay } from './iso-day';
import { isUrl } from './url-input';

/**
 * The manifest (CONTRACT.md): a JSON array, one entry per article, in order; `file` is relative to
 * the manifest's folder and a file holding several articles has several consecutive entries.
 */
const entrySchema = z.object({
  file: z.string().trim().min(1, 'must be a non-empty path'),
  title: z.string().trim().min(1, 'must be a non-empty title'),
  published: z
    .string()
    .refine(isIsoDay, 'must be a real date written YYYY-MM-DD')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  url: z.string().nullable().optional().transform((value) => value ?? null),
  outlet: z.string().nullable().optional().transform((value) => value ?? null),
});

const manifestSchema = z.array(entrySchema);

export type ManifestEntry = z.infer<typeof entrySchema>;

/** Consecutive entries naming the same file: the file is read once and split at their titles. */
export interface ManifestRun {
  /** The `file` value as written in the manifest (what Article.file carries). */
  file: string;
  /** Where it is: resolved against the manifest's folder, or the URL as written. */
  path: string;
  entries: ManifestEntry[];
}

/** Parses manifest text; throws an Error naming the manifest, the entry and the field for any flaw. */
export function parseManifest(text: string, manifestPath: string): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`manifest ${manifestPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(json)) throw new Error(`manifest ${manifestPath}: must be a JSON array of entries, got ${json === null ? 'null' : typeof json}`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      const [index, field] = issue.path;
      const where = typeof index === 'number' ? `entry ${index + 1}${field === undefined ? '' : ` (${String(field)})`}` : 'manifest';
      return `${where}: ${issue.message}`;
    });
    const more = parsed.error.issues.length > 5 ? ` and ${parsed.error.issues.length - 5} more` : '';
    throw new Error(`manifest ${manifestPath}: ${problems.join('; ')}${more}`);
  }
  return parsed.data;
}

/** Reads and validates a manifest file; a missing or unreadable manifest is an Error naming it. */
export async function loadManifest(manifestPath: string): Promise<ManifestEntry[]> {
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
