import { toContractMention, extractMentions, explainArticle, formatExplanation, readInputs } from '../../importers/index';
import type { Command } from './command';
import { UsageError } from './command';

const USAGE = 'timeline extract [FILE ...] [--manifest PATH] [--published YYYY-MM-DD] [--format json|ndjson] [--explain]';

interface ExtractArgs {
  files: string[];
  manifest?: string;
  published: string | null;
  format: 'json' | 'ndjson';
  /** Text on stdout, sentence by sentence: what became a mention, which stage and rule kept or dropped it, and why this date and place. */
  explain: boolean;
}

export function parseExtractArgs(args: string[]): ExtractArgs {
  const out: ExtractArgs = { files: [], published: null, format: 'json', explain: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--manifest') out.manifest = value();
    else if (flag === '--published') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--published must be YYYY-MM-DD, got "${v}"`);
      out.published = v;
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'ndjson') throw new UsageError(`--format must be json or ndjson, got "${v}"`);
      out.format = v;
    } else if (flag === '--explain') out.explain = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else out.files.push(arg);
  }
  if (!out.files.length && !out.manifest) throw new UsageError('name at least one FILE or a --manifest');
  return out;
}

/** Writes and waits for the stream to drain, so a large corpus streams with bounded memory. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) resolve();
    else {
      process.stdout.once('drain', resolve);
      process.stdout.once('error', reject);
    }
  });
}

/**
 * `timeline extract`: articles → mentions on stdout, exactly as shared/spec/CONTRACT.md says.
 * ndjson writes each mention as it is found; json streams the array's items too (never the corpus
 * in memory). Unreadable inputs: one stderr line each, the rest still processed, exit status 1.
 */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract dated policy-event mentions from articles (JSON on stdout; writes no database)',
  usage: USAGE,
  async run(argv) {
    const args = parseExtractArgs(argv);
    let failed = 0;
    let articles = 0;
    let mentions = 0;
    // The JSON array opens with its first item, so a run that fails before any article (a bad
    // manifest) leaves stdout empty rather than half an array.
    for await (const result of readInputs(args.files, { manifest: args.manifest, published: args.published })) {
      if (!result.ok) {
        failed++;
        process.stderr.write(`timeline extract: ${result.input}: ${result.reason}\n`);
        continue;
      }
      articles++;
      let found;
      try {
        if (args.explain) {
          const explanation = explainArticle(result.article);
          mentions += explanation.mentions.length;
          await write(formatExplanation(explanation));
          continue;
        }
        found = extractMentions(result.article);
      } catch (error) {
        // A stage that throws is this article's failure, reported; never an empty result.
        failed++;
        process.stderr.write(`timeline extract: ${result.article.file}: ${error instanceof Error ? error.message : String(error)}\n`);
        continue;
      }
      for (const mention of found) {
        const line = JSON.stringify(toContractMention(mention, result.article));
        if (args.format === 'ndjson') await write(`${line}\n`);
        else await write(`${mentions ? ',' : '['}\n  ${line}`);
        mentions++;
      }
    }
    if (args.format === 'json' && !args.explain) await write(mentions ? '\n]\n' : '[]\n');
    process.stderr.write(`timeline extract: ${articles} article(s), ${mentions} mention(s)${failed ? `, ${failed} input(s) failed` : ''}\n`);
    return failed ? 1 : 0;
  },
};
