import { resolve } from 'node:path';
import type { ReadResult } from '../types';
import { openFile } from './file-input';
import { InputError } from './input-error';
import { isIsoDay } from './iso-day';
import { loadManifest, manifestRuns, type ManifestEntry } from './manifest';
import { feedReader } from './feed-reader';
import { htmlReader } from './html-reader';
import { jsonLinesReader } from './json-lines-reader';
import { plainTextReader } from './plain-text-reader';
import type { ReadContext, Reader, ReaderInput, ReadLimits } from './reader';
import { isUrl } from './is-url';
import { fetchInput, type FetchGuard } from './url-input';

export type { Reader, ReadLimits } from './reader';

export interface ReadOptions {
  /** Path of a manifest (JSON array of {file, title, published, url, outlet}). */
  manifest?: string;
  /** `--published YYYY-MM-DD`: the date of articles nothing else dates (marked inferred). */
  published?: string | null;
  /** Overrides of the size and time limits (tests use small ones). */
  limits?: Partial<ReadLimits>;
  /** Where URLs may be fetched from (the server's import by URL); none for the command line. */
  fetchGuard?: FetchGuard;
}

export const defaultLimits: ReadLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxArticleChars: 5_000_000,
  maxFetchBytes: 10 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
};

/**
 * Every input format, most specific first; the first whose detect() accepts an input reads it.
 * Plain text is last: it accepts anything (and refuses binary content itself).
 */
export const readers: Reader[] = [jsonLinesReader, feedReader, htmlReader, plainTextReader];

/** The reader for an input: by extension, declared content type and sniffed first bytes. */
export function chooseReader(input: ReaderInput): Reader {
  return readers.find((reader) => reader.detect(input)) ?? plainTextReader;
}

interface Job {
  /** As the user named it: manifest `file`, path or URL. */
  name: string;
  /** Where to read it: a resolved path or the URL. */
  location: string;
  entries: ManifestEntry[] | null;
}

async function openInput(job: Job, limits: ReadLimits, guard: FetchGuard | undefined): Promise<ReaderInput> {
  return isUrl(job.location) ? fetchInput(job.location, limits, guard) : openFile(job.location, job.name, limits);
}

async function* readJob(job: Job, context: ReadContext, guard?: FetchGuard): AsyncIterable<ReadResult> {
  const articles = job.entries ? ` (${job.entries.length} manifest ${job.entries.length === 1 ? 'entry' : 'entries'} skipped)` : '';
  try {
    const input = await openInput(job, context.limits, guard);
    yield* chooseReader(input).read(input, context);
  } catch (error) {
    // A reader bug on one odd input (a parser crash) must not lose the other inputs either.
    const reason = error instanceof InputError ? error.message : `could not be read (${error instanceof Error ? error.message : String(error)})`;
    yield { ok: false, input: job.name, reason: `${reason}${articles}` };
  }
}

interface Plan {
  jobs: Job[];
  /** Manifest entries that cannot run, each reported as a failure while the rest still run. */
  refused: ReadResult[];
}

async function plan(inputs: string[], manifestPath: string | undefined): Promise<Plan> {
  if (!manifestPath) return { jobs: inputs.map((input) => ({ name: input, location: input, entries: null })), refused: [] };
  const manifest = await loadManifest(manifestPath);
  const refused = manifest.invalid.map(({ index, reason }): ReadResult => ({ ok: false, input: `manifest ${manifestPath} entry ${index}`, reason }));
  return { jobs: namedJobs(inputs, manifestRuns(manifest.entries, manifestPath)), refused };
}

function namedJobs(inputs: string[], runs: ReturnType<typeof manifestRuns>): Job[] {
  const fromManifest = runs.map((run) => ({ name: run.file, location: run.path, entries: run.entries }));
  if (inputs.length === 0) return fromManifest;
  // Named inputs with a manifest: each takes its manifest entries when the manifest names it.
  return inputs.flatMap((input): Job[] => {
    const named = isUrl(input) ? [] : fromManifest.filter((job) => job.location === resolve(input));
    return named.length ? named : [{ name: input, location: input, entries: null }];
  });
}

/**
 * Reads inputs (files; with a manifest, the files it names in its order) and streams one result per
 * article, one input at a time. An unreadable input or article is a failure result and the rest go
 * on, and so does an invalid manifest entry; a manifest that is not a JSON array, or a malformed
 * --published date, throws, since nothing could be read correctly.
 */
export async function* readInputs(inputs: string[], options: ReadOptions): AsyncIterable<ReadResult> {
  const published = options.published ?? null;
  if (published !== null && !isIsoDay(published)) throw new Error(`--published must be a real date written YYYY-MM-DD, got "${published}"`);
  const context: ReadContext = { entries: null, published, limits: { ...defaultLimits, ...options.limits } };
  const { jobs, refused } = await plan(inputs, options.manifest);
  yield* refused;
  for (const job of jobs) {
    yield* readJob(job, { ...context, entries: job.entries }, options.fetchGuard);
  }
}
