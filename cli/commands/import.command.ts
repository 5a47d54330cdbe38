import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { readInputs, importArticles, createImportProgress, formatImportSummary } from '../../importers/index';
import { UsageError, type Command } from './command';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return DAY.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function parse(args: string[]): { files: string[]; manifest?: string; published?: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { manifest: { type: 'string' }, published: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { manifest, published } = parsed.values;
  if (published !== undefined && !isDay(published)) throw new UsageError(`--published must be a real date written YYYY-MM-DD, got "${published}"`);
  if (parsed.positionals.length === 0 && !manifest) throw new UsageError('name at least one FILE or a --manifest');
  return { files: parsed.positionals, manifest, published };
}

/** Articles a manifest announces, for the progress bar's total; null when it cannot tell (the readers report why). */
async function manifestSize(path: string | undefined): Promise<number | null> {
  if (!path) return null;
  try {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    return Array.isArray(json) ? json.length : null;
  } catch {
    return null;
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import articles into the database, merging mentions of known events',
  usage: 'timeline import [FILE ...] [--manifest PATH] [--published YYYY-MM-DD]',
  async run(args, config) {
    const { files, manifest, published } = parse(args);
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      const progress = createImportProgress({ stream: process.stderr, total: await manifestSize(manifest) });
      let summary;
      try {
        summary = await importArticles(handle.db, readInputs(files, { manifest, published }), {
          onProgress: (done) => progress.update(done),
        });
      } finally {
        progress.stop();
      }
      process.stderr.write(formatImportSummary(summary));
      return summary.failures.length > 0 ? 1 : 0;
    } finally {
      await handle.close();
    }
  },
};
