/**
 * An article's URL as a link target only when it is http(s): a stored `javascript:` or `data:` URL
 * would run code when clicked, so it is shown as text instead (null).
 */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
