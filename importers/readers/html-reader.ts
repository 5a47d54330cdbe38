import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findDateline } from './dateline';
import { composeArticle } from './derived-article';
import { declaredCharset } from './declared-charset';
import { decodeText } from './decode-text';
import { htmlMetadata } from './html-metadata';
import { htmlFragmentParagraphs, stripNonText, type Paragraph } from './html-paragraphs';
import { InputError } from './input-error';
import { manifestEntryFor } from './manifest-match';
import { resolveMeta } from './publication-meta';
import type { Reader } from './reader';

/**
 * HTML pages: Readability (Firefox Reader View) finds the main text over a linkedom DOM; metadata
 * comes from the page's head (html-metadata.ts) and yields to the manifest. Text is derived (the
 * headline and paragraphs separated by blank lines), so fileOffset is null.
 */

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const HTML_HEAD = /^(?:\uFEFF|\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;

/** Paragraphs of the page's main content; the whole body when Readability finds no article. */
function mainParagraphs(html: string): Paragraph[] {
  const { document } = parseHTML(html);
  // Readability drops scripts itself; removing them first also keeps them out of the fallback.
  stripNonText(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (article?.content) {
    const paragraphs = htmlFragmentParagraphs(article.content);
    if (paragraphs.length) return paragraphs;
  }
  return htmlFragmentParagraphs(parseHTML(html).document.body?.innerHTML ?? '');
}

export const htmlReader: Reader = {
  name: 'html',
  detect: (input) =>
    HTML_EXTENSIONS.has(input.extension) ||
    (input.contentType !== null && HTML_TYPES.test(input.contentType)) ||
    HTML_HEAD.test(input.head.toString('utf8', 0, Math.min(input.head.length, 1024))),
  async *read(input, context) {
    const html = decodeText(await input.bytes(), input.charset ?? declaredCharset(input.head));
    const { document } = parseHTML(html);
    const pageMeta = htmlMetadata(document as unknown as Document, input.url);
    const paragraphs = mainParagraphs(html);
    if (!paragraphs.length) throw new InputError('HTML page has no readable text');
    const entry = manifestEntryFor(pageMeta.title ?? '', context.entries, true);
    const title = entry.title ?? pageMeta.title ?? paragraphs[0]?.text ?? '';
    const { text, blocks } = composeArticle(title, paragraphs);
    const meta = resolveMeta([entry, pageMeta, { title }], { fallback: context.published, dateline: () => findDateline(text) });
    if (text.length > context.limits.maxArticleChars) {
      throw new InputError(`article text is ${text.length} characters, over the ${context.limits.maxArticleChars} per-article limit`);
    }
    yield { ok: true, article: { ...meta, file: input.name, text, fileOffset: null, blocks } };
  },
};
