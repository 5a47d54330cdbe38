import { stem } from './stem';

/**
 * Words news writers use interchangeably for one action or thing, mapped to one representative.
 * General vocabulary only (never a phrase from a particular article); a new group is one line.
 */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['control', 'handle', 'manage', 'operate', 'run', 'oversee'],
  ['ban', 'bar', 'block', 'prohibit', 'forbid', 'outlaw'],
  ['phone', 'device', 'handset', 'smartphone'],
  ['remove', 'delete', 'erase', 'uninstall'],
  ['fine', 'penalty', 'penalise', 'penalize', 'sanction'],
  ['probe', 'investigation', 'investigate', 'inquiry', 'review', 'examine'],
  ['testify', 'testimony', 'appear'],
  ['sue', 'lawsuit', 'suit'],
  ['sell', 'sale', 'divest', 'divestiture', 'divestment'],
  ['child', 'children', 'minor', 'teen', 'teenager', 'underage', 'kid', 'young'],
  ['start', 'begin', 'commence', 'effect', 'force'],
];
/** A stemmed word → the stem of its group's first word. */
export const SYNONYM: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stem(word), stem(group[0]!)] as const)),
);
