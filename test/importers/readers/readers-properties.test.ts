import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { textBlocks } from '../../../importers/readers/text-blocks';
import { findTitle } from '../../../importers/readers/title-locator';
import { readAll } from './read-all';

const scratch = mkdtempSync(join(tmpdir(), 'readers-props-'));

/** Article-like text: lines of words, captions, prompts, blank lines, CRLF and odd whitespace. */
const line = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('', ' ', 'TT', 'Share post', 'Related articles', 'WHAT NEXT?', 'A caption. (Reuters)', 'Headline Here', '\t', '\r'),
  fc.lorem({ maxCount: 12 }),
);
const articleText = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('reader properties', () => {
  it('blocks are ordered, disjoint, inside the text, trimmed and non-empty, with at most one headline', () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.constantFrom('Headline Here', 'Nowhere Title'), { nil: null }), (text, title) => {
        const blocks = textBlocks(text, title);
        let previousEnd = 0;
        for (const block of blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previousEnd);
          expect(block.end).toBeGreaterThan(block.start);
          expect(block.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(block.start, block.end);
          expect(slice).toBe(slice.trim());
          previousEnd = block.end;
        }
        expect(blocks.filter((block) => block.kind === 'headline').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a title placed at a line start is found at or before where it was placed', () => {
    fc.assert(
      fc.property(articleText, articleText, fc.lorem({ maxCount: 8 }).filter((words) => words.trim().length > 0), (before, after, title) => {
        const text = `${before}\n${title}\n${after}`;
        const span = findTitle(text, title);
        expect(span).not.toBeNull();
        expect(span?.start).toBeLessThanOrEqual(before.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('any bytes in any format yield results, never a thrown error', async () => {
    const markup = fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<rss>', '<channel>', '<item>', '<title>', '</title>', '</item>', '<![CDATA[', ']]>', '{"title":', '"text":', '}', '\n', '---\n', '<script>', '&amp;', '<br>'), fc.string({ maxLength: 20 })), { maxLength: 40 });
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => Buffer.from(text)),
      markup.map((parts) => Buffer.from(parts.join(''))),
    );
    const extensions = ['.txt', '.html', '.rss', '.jsonl', ''];
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom(...extensions), async (bytes, extension) => {
        const path = join(scratch, `random${extension}`);
        writeFileSync(path, bytes);
        const results = await readAll([path]);
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) {
          if (result.ok) expect(result.article.blocks.every((b) => b.end <= result.article.text.length)).toBe(true);
          else expect(result.reason).not.toBe('');
        }
      }),
      { numRuns: 150 },
    );
  });
});
