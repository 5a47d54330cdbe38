/** A clause of a sentence, offsets relative to the sentence text. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * Where one event's clause ends and another's begins: a semicolon; "following …" (an earlier
 * event by someone else); ", and" before a new capitalised or possessive subject; ", but"; an
 * appositive event noun with a subject of its own (", an order the court suspended"). Relative clauses
 * (", which …") stay with their antecedent: "moves by the EU's executive branch, which banned …"
 * is one clause whose actor is the EU.
 */
const CLAUSE_BREAKS: RegExp[] = [
  /;\s+/g,
  /,?\s+(?=following (?:a|an|the|similar|reports?|moves?|its|their|earlier)\b)/g,
  // (a new subject with its verb: "…, and President Roe rescinded"; not the last item of a list: "Apple, its unit, and Google as …")
  /,\s+and\s+(?=(?:then-)?[A-Z][a-z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:also\s+|later\s+|then\s+|\w+ly\s+)?(?:[a-z]+ed|[a-z]{3,}s|said|told|took|made|gave|began|won|lost|sought|upheld|froze|struck|sent|wrote|set|put|cut|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should)\b)/g,
  // ", and in the week to June 6 it opened …": a pronoun subject with its own verb (not ", and it takes effect …",
  // which dates the first clause's law)
  /,\s+and\s+(?=(?:(?:in|on|last|earlier|later|then|since|by)\s+(?:[\w.]+\s+){0,5}?)?(?:it|they|he|she|we)\s+(?!\w+ly\b|(?:takes?|took|goes|went|comes?|came|enters?|entered|will|would|is|was|applies|expires)\b)[a-z]+\b)/g,
  // "… in June and the president signed it in July", "…, and the regulator then fined the firm": a governmental
  // subject named by its noun, with its own past verb
  /,?\s+and\s+(?=(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[Pp]resident|[Gg]overnor|[Pp]rime [Mm]inister|[Kk]ing|[Cc]ourt|[Jj]udge|regulator|watchdog|[Mm]inistry|[Mm]inister|[Gg]overnment|[Ss]enate|[Hh]ouse|[Pp]arliament|[Aa]ssembly|[Cc]ommission|agency|authority|[Cc]abinet|[Cc]ouncil|[Ll]egislature|lawmakers|prosecutors?)\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?(?:[a-z]{3,}ed|signed|gave|took|made|struck|upheld|froze|sent|began|won|cut|set|put)\b)/g,
  // "banned the app in June, lifting the ban in August", "… before reversing the decision in May": a later act of the same
  // subject in a participle clause
  /(?:,\s+|\s+)(?:(?:before|later|then|only)\s+)?(?=(?:lifting|reversing|revoking|rescinding|overturning|extending|tightening|suspending)\s+(?:the|its|their|a|an|that|this)\b)/g,
  /,\s+but\s+/g,
  // ", the day after the regulator requested information": an act of its own, dated off the clause before it
  /,\s+(?=(?:just\s+|only\s+)?(?:the|a|one|two|three)\s+days?\s+(?:after|before)\s+(?:the|a|an|its|their|[A-Z])[^,;]{0,100}?\b(?:[a-z]{3,}ed|took|came|went|began|struck|upheld|won|lost|made|sent|set|put|cut)\b)/g,
  // ", while the U.S. is poised to ban it", ", whereas Australia's defence force banned it": a contrast with its own named subject
  /,\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:['’]s\s+(?:[a-z][\w-]*\s+){1,3})?\s+(?:also\s+|later\s+|\w+ly\s+)?(?:[a-z]+ed|[a-z]{3,}s|has|have|had|is|was|were|are|will|would)\b)/g,
  // "banned TikTok in 2020 and blocked YouTube from 2012": a second event predicate with its own named object
  /,?\s+and\s+(?=(?:later\s+|also\s+|then\s+)?(?:banned|blocked|throttled|fined|suspended|sued|barred|restricted|investigated|rescinded|revoked|unblocked)\s+(?:the\s+)?[A-Z])/g,
  // ", and Italy's competition authority opened …": a possessive subject (a place's or body's) with its own verb
  /,\s+and\s+(?=[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?:also\s+|later\s+|then\s+|\w+ly\s+)?(?:[a-z]+ed|said|says|told|began|sought|upheld|froze|struck|has|have|had|is|was|will|would)\b)/g,
  // an appositive event with its own subject: "…, an order the Supreme Court suspended within days",
  // "…, a ban that the court overturned in 2019", "…, a decision that a court overturned" (not ", a decision that let Apple …": no new subject)
  /,\s+(?=(?:an?|the)\s+(?:[\w-]+\s+)?(?:order|ban|block|decision|ruling|move|measure|fine|penalty|law|directive|suspension)\s+(?:that\s+|which\s+)?(?:(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:\w+ly\s+|later\s+|then\s+)?[a-z]+(?:ed|ew|ook|uck|eld)\b)/g,
];

/**
 * A fronted "since"/"after" clause with its own subject and finite verb states an earlier event of its
 * own: "Since the code took effect last month, the agency has opened two probes" (the date is the
 * code's). Anchored at the sentence start and read forwards (as a lookbehind at every comma it cost a
 * fifth of extraction time); group 1 is the comma that ends the clause.
 */
const FRONTED_EVENT_CLAUSE =
  /^\W*(?:Since|After|Ever since|Shortly after|Soon after)\s+(?:the|a|an|its|their|[A-Z][\w.'’-]*)\b[^,;]{0,100}?\b(?:[a-z]{3,}ed|took|came|went|began|struck|upheld|won|lost|made|passed|entered|became|wrote|sent|set|put|cut)\b[^,;]{0,80}?(,\s+)(?=(?:the|its|their|an?)\s|[A-Z]|(?:it|they|he|she|we)\s)/;

/**
 * fronted-time-phrase: a sentence that opens with a short time phrase ("Last week,", "On Monday,", "In
 * March 2024,") has no clause there yet: a break right after it ("Last week, following its findings in
 * July 2024, the Commission fined …") would part the predicate from its date. The aside stays in the
 * clause, where background-clauses' following-aside keeps its date out.
 */
const FRONTED_TIME_PHRASE = /^\W*(?:(?:last|this|earlier|later|early|late|on|in|by|at|since|until|from)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+|[A-Z][a-z]+day|(?:[\w-]+\s+){1,2}ago|(?:yesterday|today|tonight|recently|previously|meanwhile))\s*,?$/i;

/**
 *   "Courts blocked the effort, and President Roe rescinded the orders."
 *   → ["Courts blocked the effort", "President Roe rescinded the orders."]
 */
export function splitClauses(sentence: string): ClauseSpan[] {
  const cuts: Array<{ at: number; resume: number }> = [];
  const fronted = FRONTED_EVENT_CLAUSE.exec(sentence);
  if (fronted?.[1]) {
    const at = fronted[0].length - fronted[1].length;
    cuts.push({ at, resume: fronted[0].length });
  }
  for (const re of CLAUSE_BREAKS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) re.lastIndex++;
      if (FRONTED_TIME_PHRASE.test(sentence.slice(0, m.index))) continue;
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
