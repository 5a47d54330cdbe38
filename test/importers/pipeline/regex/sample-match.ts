import { parseRegex, type CharSet, type RegexNode } from '../../../../importers/pipeline/regex/parse-regex';

/** Characters a negated class or a wide one may be drawn from (a text's usual alphabet). */
const POOL = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:-\'’()$%\n'].map((c) => c.charCodeAt(0));

/**
 * Random strings spelt from a pattern's syntax tree (lookarounds spell nothing, so some samples do
 * not match: the caller keeps those the pattern matches). Letters change case at random under `i`.
 * For the pre-filter's tests: texts a cue matches, whatever its keywords turned out to be.
 */
export function sampleMatches(pattern: RegExp, count: number, random: () => number): string[] {
  const tree = parseRegex(pattern);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const text = spell(tree, random);
    out.push(pattern.flags.includes('i') ? [...text].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('') : text);
  }
  return out;
}

function spell(node: RegexNode, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  switch (node.kind) {
    case 'assert':
      return '';
    case 'chars':
      return String.fromCharCode(drawChar(node.set, random));
    case 'seq':
      return node.items.map((item) => spell(item, random)).join('');
    case 'alt':
      return spell(pick(node.branches), random);
    case 'repeat': {
      const times = node.min + Math.floor(random() * (Math.min(node.max, node.min + 3) - node.min + 1));
      return Array.from({ length: times }, () => spell(node.node, random)).join('');
    }
  }
}

function drawChar(set: CharSet, random: () => number): number {
  const inSet = (c: number): boolean => set.ranges.some(([lo, hi]) => c >= lo && c <= hi);
  const candidates = set.negated ? POOL.filter((c) => !inSet(c)) : POOL.filter(inSet);
  // (a space, where one may stand, half the time: a gap of random letters would glue words together)
  if (candidates.includes(32) && random() < 0.5) return 32;
  if (candidates.length && (set.negated || random() < 0.8)) return candidates[Math.floor(random() * candidates.length)]!;
  const [lo, hi] = set.ranges[Math.floor(random() * set.ranges.length)]!;
  return lo + Math.floor(random() * (hi - lo + 1));
}
