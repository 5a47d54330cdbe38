import type { Article, ReadResult } from '../../../importers/types';
import { readInputs, type ReadOptions } from '../../../importers/readers';

/** Collects every result of readInputs, for assertions. */
export async function readAll(inputs: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

export function articlesOf(results: ReadResult[]): Article[] {
  return results.flatMap((result) => (result.ok ? [result.article] : []));
}

export function failuresOf(results: ReadResult[]): Array<{ input: string; reason: string }> {
  return results.flatMap((result) => (result.ok ? [] : [{ input: result.input, reason: result.reason }]));
}

/** The text of each block, prefixed with its kind, e.g. 'body: The harbour council voted…'. */
export function blockTexts(article: Article): string[] {
  return article.blocks.map((block) => `${block.kind}: ${article.text.slice(block.start, block.end)}`);
}
