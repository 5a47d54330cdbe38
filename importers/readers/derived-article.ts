import type { TextBlock } from '../types';
import { classifyLine } from './boilerplate';
import type { Paragraph } from './html-paragraphs';
import { lineKey } from './line-key';

/**
 * Text and blocks for articles whose text is derived rather than sliced from a file (HTML pages,
 * feed items, JSON lines): the headline, then the paragraphs, separated by blank lines.
 *
 *     title "Canal tolls rise", paragraphs ["Tolls will rise…", "Share this article"]
 *     → text "Canal tolls rise\n\nTolls will rise…\n\nShare this article"
 *       blocks [headline 0-16, body 18-33]  (the prompt stays in the text, not in a block)
 *
 * Boilerplate rules are the plain-text ones (boilerplate.ts); a paragraph repeating the headline
 * or an earlier paragraph is not a block either.
 */
export function composeArticle(title: string, paragraphs: Paragraph[]): { text: string; blocks: TextBlock[] } {
  const titleKey = lineKey(title);
  const body = paragraphs[0] && lineKey(paragraphs[0].text) === titleKey ? paragraphs.slice(1) : paragraphs;
  const parts = title ? [title, ...body.map((p) => p.text)] : body.map((p) => p.text);
  const blocks: TextBlock[] = title ? [{ start: 0, end: title.length, kind: 'headline' }] : [];
  const seen = new Set<string>(title ? [titleKey] : []);
  let offset = title ? title.length + 2 : 0;
  let ended = false;
  for (const paragraph of body) {
    const start = offset;
    offset += paragraph.text.length + 2;
    const key = lineKey(paragraph.text);
    const rule = classifyLine(paragraph.text);
    if (rule?.verdict === 'stop' && blocks.some((block) => block.kind === 'body')) ended = true;
    if (ended || paragraph.heading || rule || seen.has(key)) continue;
    seen.add(key);
    blocks.push({ start, end: start + paragraph.text.length, kind: 'body' });
  }
  return { text: parts.join('\n\n'), blocks };
}
