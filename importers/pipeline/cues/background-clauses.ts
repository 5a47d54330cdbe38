import { FINITE_VERB } from './finite-verb';

/**
 * Clauses that give background to the event's predicate: a date inside one dates that background
 * (a launch, an earlier purchase, another body's act), not the event. resolve-dates reads these.
 * Each rule names where such a clause begins; it runs to the end of the event's clause when it
 * follows the predicate, or to its closing comma when it is an aside before the predicate.
 */
export interface BackgroundClauseRule {
  name: string;
  /** Matches the opener (global; it starts with a literal so it stays cheap); the clause begins at the match's index. */
  pattern: RegExp;
  /** The words just before the opener that belong to the clause ("imposed" before "by the regulator"): required, and the clause begins there. */
  lead?: RegExp;
  /** Words just before the opener that make it no background clause (a verb of saying before "that"). */
  notAfter?: RegExp;
  /** Words just before the opener that must be there (a name before an appositive), the clause still beginning at the opener. */
  onlyAfter?: RegExp;
  /**
   * It describes a person: before the predicate it never dates the act (as a relative clause on a person); after the
   * predicate it is no background at all (an appositive there names the act's object: "fined Zenith, a Berlin firm, on Monday").
   */
  onPerson?: true;
  /** Only inside a predicate: a finite verb must stand before the opener in the clause (cues/finite-verb.ts). */
  insidePredicate?: boolean;
  /** Sentences of our own (fictional) the rule is for. */
  examples: readonly string[];
}

/**
 * Verbs after which "that" opens what they report, decide or find: the clause is then the content
 * of the act ("ruled that the ban, imposed …, was unlawful" keeps the act's own date out of it
 * anyway), never a relative clause on a noun. Past and present forms as news writes them.
 */
const COMPLEMENT_VERBS = String.raw`(?:said|says|say|told|tells|ruled|rules|decided|decides|announced|announces|found|finds|warned|warns|argued|argues|confirmed|confirms|ordered|orders|agreed|agrees|stated|states|noted|notes|claimed|claims|insisted|insists|added|adds|believes?|believed|determined|determines|concluded|concludes|recommended|recommends|demanded|demands|required|requires|alleged|alleges|wrote|writes|suggested|suggests|acknowledged|acknowledges|reported|reports|showed|shows|know|knew|ensure[sd]?|means|meant)`;

export const BACKGROUND_CLAUSES: readonly BackgroundClauseRule[] = [
  {
    name: 'non-restrictive-relative',
    // Not when it reports the event: "fined by the regulator, which said on Monday …" dates the act by its report.
    pattern: /,\s+(?:which|who|whom|whose)\b(?!\s+(?:\w+\s+){0,2}?(?:said|says|announced|announces|confirmed|confirms|told)\b)/gi,
    examples: [
      'The regulator is examining the firm’s news service, which launched in 2021 and pays publishers.',
      'The Halvani data office, which fined the firm in 2019, on Monday opened a new inquiry.',
    ],
  },
  {
    name: 'person-appositive',
    // "Judge Nichols, a President Trump appointee to the court in 2019, said …": a noun phrase set off after a name before the
    // predicate describes the person, never dates the act (like a relative clause on a person)
    // (the opener is a literal comma, the name before it checked after a match: a lookbehind would be tried at every position)
    pattern: /,\s+(?:a|an)\s+/g,
    onlyAfter: /\p{Lu}[\p{Ll}'’.-]+$/u,
    onPerson: true,
    examples: ['Judge Ann Roe, a Senate appointee to the district court in 2019, said on Sunday that she was blocking the ban.'],
  },
  {
    name: 'history-participle',
    // "Zapchat, founded in 2015, was fined …": a participle of the subject's own history, set off by commas.
    pattern: /,\s+(?:(?:which|that)\s+was\s+)?(?:founded|established|created|launched|set up|formed|incorporated|acquired|bought|listed|headquartered|based|owned)\b/gi,
    examples: ['Zapchat, founded in 2015, was fined by the regulator in March.', 'The firm, acquired by a rival in 2019, lost its appeal on Monday.'],
  },
  {
    name: 'step-participle',
    // "the law, passed by Congress last year and signed by the president, does not …": a participle telling
    // an earlier step of the noun before it, set off by a comma (split-earlier-steps makes the step a mention)
    pattern: /,\s+(?:passed|signed|approved|adopted|enacted|introduced|imposed|issued|proposed|announced|unveiled)\s+(?:by|in|on|last|earlier|into)\b/gi,
    examples: ['The justices ruled that the law, passed by Congress last year and signed by the president, is constitutional.'],
  },
  {
    name: 'subject-relative-after-noun',
    // "upheld a law that would shut the app down as soon as Sunday": "that" + a modal or a verb of aiming
    // after the predicate's object tells what the noun is to do, not when the predicate happened (a present
    // verb may not: "passed a bill that bans forced payment systems in August 2021" dates the passing)
    pattern: /\s(?:that|which)\s+(?:would|will|could|might|may|can|(?:threatens|aims|seeks|is set|was set|is due|was due)\s+to)\b/g,
    notAfter: new RegExp(String.raw`(?:\b${COMPLEMENT_VERBS}|\b(?:so|such|now|given|provided|except))$`),
    examples: ['The Supreme Court upheld a law that threatens to shut Zapchat down as soon as Sunday.'],
  },
  {
    name: 'subject-relative-passive',
    // "passed the act to replace laws that were passed in 2023": a passive relative after the predicate tells
    // the noun's own past (its date is that step's), not when the predicate happened
    pattern: /\s(?:that|which)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|[a-z]{2,}en|made|set|put|brought|held|built|sent|won|lost|struck|upheld)\b/g,
    notAfter: new RegExp(String.raw`(?:\b${COMPLEMENT_VERBS}|\b(?:so|such|now|given|provided|except))$`),
    examples: ['The legislature passed the act on Tuesday to replace laws that were passed in 2023.', 'Lawmakers adopted a bill to replace rules that were struck down in 2022.'],
  },
  {
    name: 'reduced-relative-dated',
    // "Meta was penalised for its model introduced in late 2023": a participle right after a noun, with its own date,
    // tells the noun's past (not after an auxiliary or a pronoun: "it was introduced in 2023" is a predicate)
    pattern: /\s(?:introduced|launched|created|released|unveiled|rolled out|set up|built|adopted|announced|acquired|bought|opened|started|begun|made|lodged|filed|submitted|received|raised)\s+(?:in|on|last|earlier|late|early|since|back in)\b/g,
    notAfter: /\b(?:was|were|is|are|be|been|being|has|have|had|it|they|he|she|we|who|which|that|and|or|not|also|first|then|later)\s*$|,\s*$/i,
    // (not after the subject: in "The EU's probe into Zenith opened in December 2023" the participle is the predicate)
    insidePredicate: true,
    examples: ['The regulator fined Zapchat on Monday for a pricing model introduced in late 2023.', 'The office decided to investigate the complaint lodged on 4 October 2022.'],
  },
  {
    name: 'ahead-of-noun',
    // "has shut down social media ahead of a tense election on Thursday": what the act precedes is dated in its own right
    pattern: /\s(?:ahead of|in the run-up to|in the lead-up to|in advance of)\s/gi,
    examples: ['The president said Tuesday that the government has shut down Zapchat ahead of a tense election on Thursday.'],
  },
  {
    name: 'pursuant-to',
    // "ordered carriers to limit access to the messenger pursuant to the April 13 decision of the court": the act an order
    // carries out is dated in its own right
    pattern: /\s(?:pursuant to|in accordance with|in compliance with|in execution of)\s/gi,
    examples: ['The regulator ordered carriers to limit access to Zapchat pursuant to the April 13 decision of the court.'],
  },
  {
    name: 'examined-period',
    // "would examine whether Zapchat had complied … during the period between 31 July and 31 December 2020": the span an
    // inquiry or a rule covers is its object, not when the act happened
    pattern: /\s(?:during|in|over|for|covering)\s+(?:the|a)\s+(?:\w+\s+)?period\s+(?:between|from|of)\b/gi,
    examples: ['The regulator said it would examine whether Zapchat had complied with the rules during the period between 31 July and 31 December 2020.'],
  },
  {
    name: 'following-aside',
    // "Last week, following its preliminary findings back in July 2024, the Commission adopted …": what the act
    // followed, set off by commas, is dated in its own right
    // ("following" needs no determiner: ", following investigations that commenced in March 2024")
    pattern: /(?:^|,)\s*(?:following\s+(?!the\s+(?:day|week|month|year)\b)|(?:after|since)\s+(?:its|the|their|his|her|a|an)\s)/gi,
    examples: ['Last week, following its preliminary findings back in July 2024, the Commission fined Zapchat.', 'The fines are the first since the rules took full effect, following investigations that began in March 2024.'],
  },
  {
    name: 'reason-participle',
    // (and what the act brought about: ", bringing investigations spanning back to 2018 to a close", ", ending a probe opened in 2021")
    pattern: /,\s+(?:saying|citing|accusing|alleging|arguing|claiming|noting|warning|explaining|recalling|adding|bringing|ending|closing|concluding|capping)\b/gi,
    examples: ['The judge dismissed the case, saying the plaintiffs waited too long to challenge a merger in 2016.', 'The department settled charges against Zenith on Tuesday, bringing investigations spanning back to 2018 to a close.'],
  },
  {
    name: 'reduced-passive-relative',
    // "a fine brought forth by the regulators seven years ago": a participle with its agent after a noun describes the noun.
    pattern: /\sby\s+(?:the|a|an|its|their|\p{Lu})/gu,
    lead: /\p{Ll}\s+(?:[a-z]{3,}ed|brought|made|given|taken|set|laid|handed|put|held|won|built|sent|drawn|written)(?:\s+(?:forth|down|out|up|in))?$/u,
    // (not a passive predicate: "A Virginia law to limit … was signed by Gov. Ann Roe on Friday" tells when the law was signed)
    notAfter: /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?\S+$/i,
    examples: ['The court upheld a fine imposed by the regulator in 2017, just as it rejected the firm’s appeal.'],
  },
  {
    name: 'relative-that-after-noun',
    // "the ban on work devices that the cabinet imposed earlier this week": "that" + a subject + a past verb, after a word that is not a verb of saying or deciding.
    pattern: /\s(?:that|which)\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,4}?(?:had|has|have|was|were|[a-z]{3,}ed)\b/g,
    notAfter: new RegExp(String.raw`\b${COMPLEMENT_VERBS}$`),
    examples: [
      'The assembly voted to extend the ban on work phones that the cabinet imposed on ministers earlier this week.',
      'Lawmakers adopted the rules that the commission had proposed in 2022.',
    ],
  },
];

/** The opener of a relative clause on a person. */
const PERSON_RELATIVE = /^,\s+(?:who|whom|whose)\b/i;

/** A background span of a clause (offsets relative to it). */
export interface BackgroundSpan {
  start: number;
  end: number;
  /**
   * 'after': from the first opener after the predicate to the clause end, or an aside on a person
   * before it ("Chew, who took over last year, testified"): never the event's date.
   * 'aside': an opener … comma that closes before the predicate ("The office, which was set up in
   * 2019, on Monday opened …"): its date yields to any other, but when the clause has no other it
   * is the event's ("The measure, which passed the Senate on Tuesday, would require …").
   */
  kind: 'after' | 'aside';
}

/**
 * The background spans of `clause` for a predicate spanning [predicateStart, predicateEnd).
 *
 *   backgroundSpans('The court dismissed the suit, saying it came too late in 2016.', 4, 19)
 *   → [{ start: 28, end: 62, kind: 'after' }]
 */
export function backgroundSpans(clause: string, predicateStart: number, predicateEnd: number): BackgroundSpan[] {
  const spans: BackgroundSpan[] = [];
  let after = clause.length;
  for (const rule of BACKGROUND_CLAUSES) {
    rule.pattern.lastIndex = 0;
    for (const m of clause.matchAll(rule.pattern)) {
      let start = m.index ?? 0;
      const before = clause.slice(Math.max(0, start - 40), start);
      if (rule.notAfter?.test(before)) continue;
      if (rule.onlyAfter && !rule.onlyAfter.test(before)) continue;
      if (rule.insidePredicate && !FINITE_VERB.test(clause.slice(0, start))) continue;
      if (rule.lead) {
        const lead = rule.lead.exec(before);
        if (!lead) continue;
        start -= before.length - lead.index - 1;
      }
      if (start >= predicateEnd) {
        if (!rule.onPerson) after = Math.min(after, start);
      } else if (rule.onPerson || PERSON_RELATIVE.test(m[0])) {
        // "Chew, who took over last year, testified": an aside on a person never dates the act
        const close = clause.indexOf(',', start + m[0].length);
        if (close >= 0 && close <= predicateStart) spans.push({ start, end: close, kind: 'after' });
      } else if (rule.name !== 'relative-that-after-noun' && rule.name !== 'subject-relative-after-noun' && rule.name !== 'subject-relative-passive' && rule.name !== 'reduced-relative-dated') {
        // before the predicate, or inside a cue that spans its noun and verb ("rules, which were finalised in May, take effect")
        const close = clause.indexOf(',', start + m[0].length);
        if (close >= 0 && (close <= predicateStart || (start > predicateStart && close < predicateEnd))) spans.push({ start, end: close, kind: 'aside' });
      }
    }
  }
  if (after < clause.length) spans.push({ start: after, end: clause.length, kind: 'after' });
  return spans;
}
