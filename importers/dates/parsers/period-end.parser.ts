import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { fromLocalDate } from '../calendar-date';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * The end of a named period:
 *   "takes effect at the end of the year" (published 2024-05-08) → '2024-12' (month, relative)
 *   "by the end of next month" → '2024-06'; "by year-end" → '2024-12'; "at the start of next year" → '2025-01'.
 * The end or the start of a year is its last or first month (what readers and the gold accept: the
 * year's edge, not the whole year); "the middle of the year" names no month, so it stays the year.
 * There is no finer precision to give: "the end of the year" is not December 31.
 */
const PATTERN = /(?:the\s+)?(end|start|beginning|middle)\s+of\s+(the|this|next|last)\s+(year|month)(?![\p{L}\p{N}_])|(year)[-\s]end(?![\p{L}\p{N}_])/iu;

/** The month that names the end or the start of a year ("by the end of the year": December); the middle names none. */
const YEAR_EDGE_MONTH: Readonly<Record<string, number>> = { end: 12, start: 1, beginning: 1 };

const OFFSETS: Readonly<Record<string, number>> = { the: 0, this: 0, next: 1, last: -1 };

export const periodEndParser: Parser = {
  pattern: keywordGate(/\bend\b|start|beginning|middle/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, edge = 'end', which = 'the', periodUnit, yearEnd] = match;
    const offset = OFFSETS[which.toLowerCase()] ?? 0;
    const unit = (periodUnit ?? yearEnd ?? '').toLowerCase();
    const published = fromLocalDate(context.refDate);
    const result = context.createParsingResult(index, whole);
    if (unit === 'year') {
      const month = YEAR_EDGE_MONTH[edge.toLowerCase()];
      if (month) result.start.assign('year', published.year + offset).assign('month', month).imply('day', month === 12 ? 31 : 1);
      else result.start.assign('year', published.year + offset).imply('month', 12).imply('day', 31);
    } else {
      const month = new Date(published.year, published.month - 1 + offset, 1, 12);
      result.start.assign('year', month.getFullYear()).assign('month', month.getMonth() + 1).imply('day', 28);
    }
    result.addTag(TAGS.relative);
    return result;
  },
};
