import { parseRegex, type CharSet, type RegexNode } from './parse-regex';

/**
 * The literal words a regular expression cannot match without: a list of alternatives sets, every
 * one of which must have a member in any text the pattern matches (all of them, lower-cased).
 *
 *   /\b(?:ban|block)(?:s|ed)?\b[^;]{0,40}\bimports?\b/i  →  [['ban', 'block'], ['import']]
 *
 * Sound by construction: each step only forgets (a character class too wide to spell out, a
 * repetition that may be empty, a lookaround) and never guesses, so `mayMatch` is false only for a
 * text the pattern cannot match. Lower-casing both sides keeps that true under the `i` flag (which,
 * without `u`, folds no character outside ASCII onto an ASCII letter) and without it (a wider net).
 */
export type RequiredLiterals = ReadonlyArray<readonly string[]>;

/** How many strings a node may spell out before it is summarised by the words it must contain. */
const EXACT_LIMIT = 64;
/** Widest character class still spelt out one character at a time (after lower-casing: [Bb] is one). */
const CLASS_LIMIT = 4;

interface Info {
  /** Every string the node can match, when few enough to list; otherwise null. */
  exact: Set<string> | null;
  /** Alternatives sets the node's match must each hit (used when exact is null). */
  all: string[][];
}

export function requiredLiterals(pattern: RegExp): RequiredLiterals {
  const info = analyse(parseRegex(pattern));
  const sets = info.exact ? [needOneOf(info.exact)].filter((s): s is string[] => s !== null) : info.all;
  return dedupe(sets).sort((a, b) => score(b) - score(a));
}

/** True unless the text (already lower-cased) lacks every word of one of the sets. */
export function mayMatch(required: RequiredLiterals, lowerText: string): boolean {
  for (const set of required) {
    let hit = false;
    for (const word of set) {
      if (lowerText.includes(word)) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

function analyse(node: RegexNode): Info {
  switch (node.kind) {
    case 'assert':
      return { exact: new Set(['']), all: [] };
    case 'chars': {
      const chars = spell(node.set);
      return { exact: chars, all: [] };
    }
    case 'alt':
      return alternation(node.branches.map(analyse));
    case 'seq':
      return sequence(node.items.map(analyse));
    case 'repeat':
      return repetition(analyse(node.node), node.min, node.max);
  }
}

/** The lower-cased characters of a small class; null for a wide or negated one. */
function spell(set: CharSet): Set<string> | null {
  if (set.negated) return null;
  const out = new Set<string>();
  for (const [lo, hi] of set.ranges) {
    if (hi - lo >= CLASS_LIMIT * 2) return null;
    for (let c = lo; c <= hi; c++) out.add(String.fromCharCode(c).toLowerCase());
  }
  return out.size <= CLASS_LIMIT ? out : null;
}

function sequence(items: Info[]): Info {
  let run = new Set(['']);
  let exact = true;
  const all: string[][] = [];
  const flush = (): void => {
    const need = needOneOf(run);
    if (need) all.push(need);
    run = new Set(['']);
  };
  for (const item of items) {
    if (item.exact && run.size * item.exact.size <= EXACT_LIMIT) {
      run = cross(run, item.exact);
      continue;
    }
    exact = false;
    flush();
    if (item.exact) run = item.exact;
    else all.push(...item.all);
  }
  if (exact) return { exact: run, all: [] };
  flush();
  return { exact: null, all };
}

function alternation(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const union = new Set(branches.flatMap((b) => [...b.exact!]));
    if (union.size <= EXACT_LIMIT) return { exact: union, all: [] };
  }
  const needs = branches.map(best);
  if (needs.some((n) => n === null)) return { exact: null, all: [] };
  return { exact: null, all: [minimal(needs.flatMap((n) => n!))] };
}

function repetition(item: Info, min: number, max: number): Info {
  if (max === 0) return { exact: new Set(['']), all: [] };
  if (min === 1 && max === 1) return item;
  if (min === 0) return max === 1 && item.exact ? { exact: new Set(['', ...item.exact]), all: [] } : { exact: null, all: [] };
  // at least one copy: whatever one copy must hold, the repetition holds too
  const need = item.exact ? needOneOf(item.exact) : null;
  return { exact: null, all: item.exact ? (need ? [need] : []) : item.all };
}

/** The node's single most telling alternatives set, or null when it needs nothing. */
function best(info: Info): string[] | null {
  const sets = info.exact ? [needOneOf(info.exact)].filter((s): s is string[] => s !== null) : info.all;
  return sets.length ? sets.reduce((a, b) => (score(b) > score(a) ? b : a)) : null;
}

/** A match is one of these strings: it contains one of them, unless one is empty (then it needs nothing). */
function needOneOf(strings: Set<string>): string[] | null {
  return strings.has('') ? null : minimal([...strings]);
}

/** Drops every word that contains another of the set (a text holding "banned" holds "ban"). */
function minimal(words: string[]): string[] {
  const unique = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const w of unique) if (!kept.some((shorter) => w.includes(shorter))) kept.push(w);
  return kept;
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Longer shortest words and fewer of them reject more texts. */
function score(set: readonly string[]): number {
  return Math.min(...set.map((w) => w.length)) * 100 - set.length;
}

function dedupe(sets: string[][]): string[][] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = s.join('\u0000');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
