/**
 * The step of a bill a legislative verb names. A bill introduced and the same bill passed (or
 * signed, or in force) are two timeline events even when one article tells both and the status word for each
 * is "proposed": within an article, two mentions naming different steps are never merged.
 *
 *   legislativeStep('was introduced in the house') → 'introduced'
 *   legislativeStep('has passed a bill')           → 'passed'
 *   legislativeStep('takes effect')                → 'in_force'
 *   legislativeStep('rules on data')               → null
 */
export type LegislativeStep = 'introduced' | 'passed' | 'signed' | 'in_force';

const STEPS: ReadonlyArray<[LegislativeStep, RegExp]> = [
  ['introduced', /\b(?:introduc|tabl|draft|propos|unveil|fil)(?:e|es|ed|ing|s)?\b/i],
  ['signed', /\b(?:sign(?:s|ed|ing)?|enact(?:s|ed|ing)?|assent|promulgat(?:e|es|ed|ing))\b/i],
  ['passed', /\b(?:pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|vot(?:e|es|ed|ing))\b/i],
  // a law taking effect is a step of its own ("takes effect", "came into force", "will be applied with retroactive effect from")
  ['in_force', /\b(?:effect|effective|force|appl(?:y|ies|ied|ying)\s+(?:from|since|with))\b/i],
];

export function legislativeStep(cueText: string): LegislativeStep | null {
  for (const [step, pattern] of STEPS) if (pattern.test(cueText)) return step;
  return null;
}

/** Whether two legislative cues can state one step (either naming none can). */
export function sameLegislativeStep(a: string, b: string): boolean {
  const sa = legislativeStep(a);
  const sb = legislativeStep(b);
  return !sa || !sb || sa === sb;
}
