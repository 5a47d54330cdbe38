/** A clause of a sentence, offsets relative to the sentence text. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * Where one event's clause ends and another's begins: a semicolon; "following …" (an earlier
 * event by someone else); ", and" before a new capitalised subject; ", but". Relative clauses
 * (", which …") stay with their antecedent: "moves by the EU's executive branch, which banned …"
 * is one clause whose actor is the EU.
 */
const CLAUSE_BREAKS: RegExp[] = [
  /;\s+/g,
  /,?\s+(?=following (?:a|an|the|similar|reports?|moves?|its|their|earlier)\b)/g,
  /,\s+and\s+(?=(?:then-)?[A-Z][a-z])/g,
  /,\s+but\s+/g,
];

/**
 *   "Courts blocked the effort, and President Roe rescinded the orders."
 *   → ["Courts blocked the effort", "President Roe rescinded the orders."]
 */
export function splitClauses(sentence: string): ClauseSpan[] {
  const cuts: Array<{ at: number; resume: number }> = [];
  for (const re of CLAUSE_BREAKS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) re.lastIndex++;
      cuts.push({ at: m.index, resume: m.index + m[0].length });
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut.at <= start) continue;
    spans.push({ start, end: cut.at });
    start = cut.resume;
  }
  spans.push({ start, end: sentence.length });
  return spans.filter((s) => /\w/.test(sentence.slice(s.start, s.end)));
}
