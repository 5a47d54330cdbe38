/**
 * A line's comparison key: case, typographic quotes and dashes, and spacing do not make two lines
 * different ("Why TikTok’s …" and "why tiktok's …" are the same caption or headline).
 */
export function lineKey(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
