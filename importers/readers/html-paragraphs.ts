import { parseHTML } from 'linkedom';

/**
 * Paragraphs of an HTML fragment or page, as text: one per block element (p, li, blockquote, pre,
 * headings), whitespace collapsed. Scripts, styles, figures and their captions, navigation and
 * forms never reach the text. Used on Readability's output and on feed and JSON-lines bodies.
 */
export interface Paragraph {
  text: string;
  /** h1-h6: kept in the article text for context but never a body block. */
  heading: boolean;
}

const DROPPED = 'script, style, noscript, template, iframe, svg, canvas, form, button, nav, figure, figcaption, picture, video, audio, aside';
const BLOCKS = 'p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, dd, dt, td, th';
const BLOCK_TAGS = new Set(BLOCKS.split(', ').map((tag) => tag.toUpperCase()));

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element where <br> breaks a line and nested blocks are left to their own turn. */
function ownText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'BR') text += ' ';
      else if (!BLOCK_TAGS.has(child.tagName)) text += ownText(child);
    }
  }
  return text;
}

/** Paragraphs of an element tree whose unwanted parts are already removed. */
function collect(root: Element | null): Paragraph[] {
  if (!root) return [];
  const paragraphs: Paragraph[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    const text = clean(ownText(element));
    if (text) paragraphs.push({ text, heading: /^H[1-6]$/.test(element.tagName) });
  }
  if (paragraphs.length) return paragraphs;
  // No block markup (a feed summary written as bare text with <br>s): split the text at line breaks.
  const lines = root.innerHTML.replace(/<br\s*\/?>/gi, '\n');
  const { document } = parseHTML(`<!doctype html><html><body><div>${lines}</div></body></html>`);
  return (document.body.textContent ?? '')
    .split(/\n\s*\n|\n/)
    .map(clean)
    .filter(Boolean)
    .map((text) => ({ text, heading: false }));
}

/** Removes elements that are never article text. */
export function stripNonText(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(DROPPED))) element.remove();
}

/** Paragraphs of an HTML fragment (feed content, a JSON-lines body). */
export function htmlFragmentParagraphs(html: string): Paragraph[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  stripNonText(document);
  return collect(document.body);
}

/** True when a string is HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|a|h[1-6]|li|ul|ol|em|strong|b|i|blockquote|img|figure|article|section)\b[^>]*>/i.test(text);
}

/** Plain-text bodies: one paragraph per non-blank line, whitespace collapsed. */
export function textParagraphs(content: string): Paragraph[] {
  return content
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ text: line, heading: false }));
}
