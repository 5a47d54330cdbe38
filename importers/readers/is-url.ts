/** An input named by an http(s) URL rather than a path (manifest `file`, command-line inputs). */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
