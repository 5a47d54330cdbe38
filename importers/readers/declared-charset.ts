/**
 * The charset a document declares about itself in its first bytes: `<meta charset>`, the
 * `http-equiv` Content-Type meta, or the XML declaration's `encoding`. Only consulted when no HTTP
 * header said it; null when nothing is declared (the text must then be UTF-8).
 */
const DECLARATIONS = [
  /<meta\s+charset\s*=\s*["']?\s*([\w-]+)/i,
  /<meta\s+http-equiv\s*=\s*["']?content-type["']?\s+content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+)/i,
  /<meta\s+content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+)[^>]*http-equiv\s*=\s*["']?content-type/i,
  /^(?:\uFEFF)?<\?xml[^>]*\sencoding\s*=\s*["']([\w-]+)["']/i,
];

export function declaredCharset(head: Buffer): string | null {
  const text = head.toString('latin1');
  for (const declaration of DECLARATIONS) {
    const charset = declaration.exec(text)?.[1];
    if (charset) return charset.toLowerCase();
  }
  return null;
}
