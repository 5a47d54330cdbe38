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
