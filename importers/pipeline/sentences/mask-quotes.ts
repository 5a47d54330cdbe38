/**
 * Blanks out quoted speech, keeping every offset: cue rules read what the article states, not what
 * someone is quoted as saying ("“…a privacy law that bans all companies…,” said an advocate").
 * A short quoted noun phrase (after a determiner or a preposition, at most four words, no sentence punctuation) is
 * the writer's own term in scare quotes ("placed a “temporary ban” on", "declared a “national
 * emergency”"), not speech: it stays readable. A quoted predicate ("has been “massively adopted”")
 * is still someone's words.
 *
 *   maskQuotes('He said “we will ban it” today') → 'He said “           ” today'
 *   maskQuotes('It placed a “temporary ban” on X') → 'It placed a  temporary ban  on X'
 *   maskQuotes('added it to its so-called “Entity List,” which') → 'added it to its so-called  Entity List,  which'
 *   maskQuotes('“The appeal is dismissed,” the court said') → ' The appeal is dismissed,  the court said'
 */
export function maskQuotes(text: string): string {
  const out = text.split('');
  let close: string | null = null;
  let opened = -1;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i] as string;
    if (close === null) {
      if (ch === '“') close = '”';
      else if (ch === '"' && isOpeningStraightQuote(text, i)) close = '"';
      if (close !== null) opened = i;
    } else if (ch === close || (close === '”' && ch === '"')) {
      close = null;
      const quoted = text.slice(opened + 1, i);
      const courtSpeaks = COURT_ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 80)) || COURT_ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, opened - 80), opened));
      if (courtSpeaks || (isQuotedTerm(quoted) && FOLLOWS_DETERMINER.test(text.slice(Math.max(0, opened - 40), opened)))) {
        // The marks go, the words stay: a cue reads "placed a  temporary ban  on" as it would unquoted.
        for (let k = opened + 1; k < i; k++) out[k] = text[k] as string;
        out[opened] = ' ';
        out[i] = ' ';
      }
    } else if (ch === '\n' && PARAGRAPH_BREAK.test(text.slice(i + 1, i + 12))) {
      // A quotation never runs past its paragraph (a quote that goes on opens again in the next
      // one): an unclosed “ must not blank the rest of the article.
      close = null;
    } else if (!isSpace(ch.charCodeAt(0))) {
      out[i] = ' ';
    }
  }
  return out.join('');
}

/**
 * A court's own words: "“The Court of Justice … confirms the Commission's decision,” the court said in a statement".
 * What a court says is its ruling, so the quotation is read like the rest of the text (a minister's or a
 * company's quoted words stay blanked: they are speech, not the act).
 */
const COURT_ATTRIBUTION_AFTER = /^[\s,]*(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:court|tribunal|judges?|justices|bench)\s+(?:said|says|ruled|rules|stated|states|wrote|writes|held|holds|found|finds|added)\b/i;
const COURT_ATTRIBUTION_BEFORE = /\b(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:court|tribunal|judges?|justices|bench)\s+(?:said|says|ruled|rules|stated|states|wrote|writes|held|holds|found|finds)(?:\s+(?:in|on)\s+(?:a|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|ruling|judgment|judgement|decision|order|opinion))?\s*[,:]?\s*$/i;

/**
 * A determiner just before the opening quote, or with a modifier or two between ("their 5G “core networks”"; not a verb:
 * "the law was “swiftly adopted”" is speech), or a
 * preposition ("a purge from “access and transport networks”"): what follows is a noun phrase.
 */
const FOLLOWS_DETERMINER = /\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:(?!(?:was|were|is|are|has|have|had|be|been|will|would|said|says|called|calls|which|who|that)\s)[\w-]+\s+){0,2}?(?:so-called\s+)?|so-called\s+|(?:from|into|in|on|of|to|for)\s+)$/;

/**
 * Scare quotes around a term: one to four words, none of the punctuation that ends or splits speech
 * (but the comma or full stop American style puts inside the closing mark: its so-called “Entity List,”).
 */
function isQuotedTerm(quoted: string): boolean {
  const term = quoted.trim().replace(/[.,]$/, '');
  const words = term.split(/\s+/);
  return term !== '' && words.length <= 4 && !/[.,;:!?]/.test(term);
}

/** What follows a newline that ends a paragraph: a blank line. */
const PARAGRAPH_BREAK = /^[ \t\r]*\n/;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

/** A straight quote opens when it follows a space, a bracket or the start of the text. */
function isOpeningStraightQuote(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–-]/.test(text[i - 1] ?? '');
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/** Share of a text's letters that stand inside quotes: a sentence that is mostly a quotation reports opinion. */
export function quotedShare(text: string, masked: string = maskQuotes(text)): number {
  let letters = 0;
  let quoted = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    letters++;
    if (masked.charCodeAt(i) === 32) quoted++;
  }
  return letters ? quoted / letters : 0;
}
