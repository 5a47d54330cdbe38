/**
 * A small parser for the JavaScript regular expressions of the cue table (no `u` or `v` flag): just
 * enough structure to read which literal words a pattern needs (required-literals.ts). Anything it
 * does not know (a back-reference, `\c`, `\k`) throws, so a new construct in a cue is noticed
 * instead of being read wrongly.
 *
 *   /\bban(?:s|ned)?\b/  →  seq[ assert, 'b', 'a', 'n', rep(alt[ 'S', 'NED' ], 0, 1), assert ]
 */

/** A set of code-unit ranges, inclusive; `negated` when the class matches every other character. */
export interface CharSet {
  ranges: Array<[number, number]>;
  negated: boolean;
}

export type RegexNode =
  | { kind: 'chars'; set: CharSet }
  /** Matches no text: \b, \B, ^, $ and lookarounds (their text is not part of the match). */
  | { kind: 'assert' }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; branches: RegexNode[] }
  | { kind: 'repeat'; node: RegexNode; min: number; max: number };

const code = (c: string): number => c.charCodeAt(0);
const one = (c: string): CharSet => ({ ranges: [[code(c), code(c)]], negated: false });
const DIGIT: Array<[number, number]> = [[48, 57]];
const WORD: Array<[number, number]> = [[48, 57], [65, 90], [95, 95], [97, 122]];
const SPACE: Array<[number, number]> = [[9, 13], [32, 32], [160, 160], [5760, 5760], [8192, 8202], [8232, 8233], [8239, 8239], [8287, 8287], [12288, 12288], [65279, 65279]];
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
/** The class escapes, with their negations (\D, \W, \S). */
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: { ranges: DIGIT, negated: false },
  w: { ranges: WORD, negated: false },
  s: { ranges: SPACE, negated: false },
  D: { ranges: DIGIT, negated: true },
  W: { ranges: WORD, negated: true },
  S: { ranges: SPACE, negated: true },
};

export function parseRegex(pattern: RegExp): RegexNode {
  if (/[uv]/.test(pattern.flags)) throw new Error(`parseRegex: flag ${pattern.flags} not supported`);
  const src = pattern.source;
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`parseRegex: ${why} at ${i} in /${src}/`);
  };

  /** The character an escape stands for, after the backslash (i points past it). */
  const escapedChar = (): string => {
    const c = src[i++] ?? fail('trailing backslash');
    if (c in CONTROL && (c !== '0' || !/\d/.test(src[i] ?? ''))) return CONTROL[c]!;
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(src.slice(i, i + 2))) return String.fromCharCode(parseInt(src.slice(i, (i += 2)), 16));
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(i, i + 4))) return String.fromCharCode(parseInt(src.slice(i, (i += 4)), 16));
    if (/[0-9ckpPbBdDwWsS]/.test(c)) fail(`escape \\${c} not supported here`);
    return c;
  };

  function parseAlternation(): RegexNode {
    const branches = [parseSequence()];
    while (src[i] === '|') {
      i++;
      branches.push(parseSequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  function parseSequence(): RegexNode {
    const items: RegexNode[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(parseQuantified(parseAtom()));
    return { kind: 'seq', items };
  }

  function parseQuantified(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = src[i];
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (braces) [min, max] = [Number(braces[1]), braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Infinity];
    else return atom;
    i += braces ? braces[0].length : 1;
    if (src[i] === '?') i++; // lazy or greedy: the same strings
    return { kind: 'repeat', node: atom, min, max };
  }

  function parseAtom(): RegexNode {
    const c = src[i++]!;
    if (c === '(') return parseGroup();
    if (c === '[') return { kind: 'chars', set: parseClass() };
    if (c === '.') return { kind: 'chars', set: { ranges: [[10, 10], [13, 13], [8232, 8233]], negated: true } };
    if (c === '^' || c === '$') return { kind: 'assert' };
    if (c === '*' || c === '+' || c === '?') fail('nothing to repeat');
    if (c !== '\\') return { kind: 'chars', set: one(c) };
    const e = src[i];
    if (e === 'b' || e === 'B') {
      i++;
      return { kind: 'assert' };
    }
    if (e !== undefined && e in CLASS_ESCAPES) {
      i++;
      return { kind: 'chars', set: CLASS_ESCAPES[e]! };
    }
    return { kind: 'chars', set: one(escapedChar()) };
  }

  function parseGroup(): RegexNode {
    let look = false;
    if (src[i] === '?') {
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i)) ?? fail('unknown group');
      look = /^\?(?:=|!|<=|<!)$/.test(head[0]);
      i += head[0].length;
    }
    const inner = parseAlternation();
    if (src[i++] !== ')') fail('unclosed group');
    return look ? { kind: 'assert' } : inner;
  }

  function parseClass(): CharSet {
    const set: CharSet = { ranges: [], negated: src[i] === '^' };
    if (set.negated) i++;
    const member = (): number | CharSet => {
      const c = src[i++] ?? fail('unclosed class');
      if (c !== '\\') return code(c);
      const e = src[i];
      if (e === 'b') {
        i++;
        return 8; // backspace, inside a class
      }
      if (e !== undefined && e in CLASS_ESCAPES) {
        i++;
        return CLASS_ESCAPES[e]!;
      }
      return code(escapedChar());
    };
    while (src[i] !== ']') {
      const lo = member();
      if (typeof lo !== 'number') {
        if (lo.negated) fail('negated class escape inside a class');
        set.ranges.push(...lo.ranges);
        continue;
      }
      if (src[i] === '-' && src[i + 1] !== ']') {
        i++;
        const hi = member();
        if (typeof hi !== 'number' || hi < lo) fail('bad range');
        set.ranges.push([lo, hi as number]);
      } else set.ranges.push([lo, lo]);
    }
    i++;
    return set;
  }

  const tree = parseAlternation();
  if (i < src.length) fail('unbalanced )');
  return tree;
}
