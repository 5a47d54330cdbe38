import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { fromLocalDate } from '../calendar-date';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * The end of a named period, at that period's precision:
 *   "takes effect at the end of the year" (published 2024-05-08) → '2024' (year, relative)
 *   "by the end of next month" → '2024-06'; "by year-end" → '2024'.
 * "the start (beginning, middle) of next year" likewise. There is no finer precision to give: "the
 * end of the year" is not December 31.
 */
const PATTERN = /(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(the|this|next|last)\s+(year|month)(?![\p{L}\p{N}_])|(year)[-\s]end(?![\p{L}\p{N}_])/iu;

const OFFSETS: Readonly<Record<string, number>> = { the: 0, this: 0, next: 1, last: -1 };

export const periodEndParser: Parser = {
  pattern: keywordGate(/\bend\b|start|beginning|middle/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, which = 'the', periodUnit, yearEnd] = match;
    const offset = OFFSETS[which.toLowerCase()] ?? 0;
    const unit = (periodUnit ?? yearEnd ?? '').toLowerCase();
    const published = fromLocalDate(context.refDate);
    const result = context.createParsingResult(index, whole);
    if (unit === 'year') {
      result.start.assign('year', published.year + offset).imply('month', 12).imply('day', 31);
    } else {
      const month = new Date(published.year, published.month - 1 + offset, 1, 12);
      result.start.assign('year', month.getFullYear()).assign('month', month.getMonth() + 1).imply('day', 28);
    }
    result.addTag(TAGS.relative);
    return result;
  },
};
