import { KeywordScanner } from '../regex/keyword-scanner';
import { requiredLiterals, type RequiredLiterals } from '../regex/required-literals';
import type { CueRule } from './event-cues';

/**
 * The words a cue cannot match without, read from its own patterns (regex/required-literals.ts):
 * its `pattern`'s and, since a cue counts only when its `requires` holds too, its `requires`'s. A
 * clause lacking them is not tried against the cue's regular expressions at all, which is most
 * clauses for most cues. Derived, never written by hand, so it cannot drift from the cue table.
 *
 *   ban-on-trade → [['export', 'import', 'shipment'], ['ban', 'bar', 'block', …]]
 */
export function cueKeywords(rule: CueRule): RequiredLiterals {
  return [...requiredLiterals(rule.pattern), ...(rule.requires ? requiredLiterals(rule.requires) : [])];
}

/** A cue with its keywords as ids of the table's scanner. */
export interface KeyedCue {
  rule: CueRule;
  /** Every set must have a word in the clause (found[id] === 1) for the cue to be tried. */
  keywordIds: ReadonlyArray<readonly number[]>;
}

/**
 * A cue table ready for clauses: each cue's keywords, and one scanner for all of them, so a clause
 * is read once (`scan`) however many cues there are.
 */
export function keyCues(rules: readonly CueRule[]): { cues: KeyedCue[]; scanner: KeywordScanner } {
  const ids = new Map<string, number>();
  const cues = rules.map((rule) => ({
    rule,
    keywordIds: cueKeywords(rule).map((set) => set.map((word) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1))),
  }));
  return { cues, scanner: new KeywordScanner([...ids.keys()]) };
}

/** True unless the scanned clause lacks every word of one of the cue's sets. */
export function mayMatchCue(cue: KeyedCue, found: Uint8Array): boolean {
  for (const set of cue.keywordIds) {
    let hit = false;
    for (const id of set) {
      if (found[id] === 1) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}
