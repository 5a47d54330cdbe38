import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { findTemporalExpressions, parseCalendarDate } from '../../importers/index';
import { type Command, UsageError } from './command';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** `timeline dates`: the temporal-expression normalizer on one text, for checking what it reads. */
export const datesCommand: Command = {
  name: 'dates',
  summary: 'print the dates a text states, resolved against a publication date (JSON)',
  usage: 'timeline dates [--published YYYY-MM-DD] [FILE]   (reads stdin when no FILE)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { published: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
    const published = values.published ?? null;
    if (published !== null && !parseCalendarDate(published)) {
      throw new UsageError(`--published '${published}' is not a date: expected YYYY-MM-DD`);
    }
    const file = positionals[0];
    let text: string;
    try {
      text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      process.stderr.write(`timeline dates: cannot read ${file ?? 'stdin'}: ${reason}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(findTemporalExpressions(text, published), null, 2)}\n`);
    return 0;
  },
};
