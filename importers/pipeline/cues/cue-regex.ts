import type { EventType } from '../../../db/vocabulary/taxonomy';

/** One named cue: its event type, weight and pattern (see event-cues.ts). */
export interface CueRule {
  type: EventType;
  name: string;
  weight: number;
  pattern: RegExp;
  /** A second pattern the clause must also hold (e.g. an age term and a rule word). */
  requires?: RegExp;
}

/** A lazy gap of at most n characters inside one clause part (never across a semicolon). */
export const GAP = (n: number): string => `[^;]{0,${n}}?`;

/** A cue pattern from its source, case-insensitive. */
export const rx = (source: string): RegExp => new RegExp(source, 'i');

/** Verbs of banning or taking off, inflected: read by the trade and device-ban cues. */
export const BAN_VERB = String.raw`(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|bar(?:s|red|ring)?|forbid(?:s|den|ding)?|restrict(?:s|ed|ing)?|delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|outlaw(?:s|ed|ing)?|wip(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|uninstall(?:s|ed|ing)?|disabl(?:e|es|ed|ing))`;

/**
 * "sanction" as a penalty or a trade measure, not a head of state's assent ("sanctioned the law") or
 * an approval ("state-sanctioned"): read by the trade sanctions cue and the regulator's sanction with an amount.
 */
export const SANCTION_WORD = String.raw`(?<!-)\bsanction(?:s|ed|ing)?\b(?!\s+(?:the|a)\s+(?:new\s+)?(?:law|bill|legislation|decree|reform)\b)`;

