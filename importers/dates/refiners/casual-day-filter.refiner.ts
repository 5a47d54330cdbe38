import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Drops the casual words that state no date here:
 *   "TikTok is now banned on staff phones" → no date ("now" is the pipeline's 'reported' basis)
 *   "Cyber Security Today, May 3, 2024"     → only May 3, 2024 ("Today" capitalised mid-sentence is a name)
 * "Yesterday, the agency said…" and "said today" keep their day.
 */
const CASUAL_WORDS = /^(?:today|tonight|tomorrow|yesterday)$/i;

export const casualDayFilterRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (result.start.tags().has('casualReference/now')) return false;
      if (!CASUAL_WORDS.test(result.text)) return true;
      const capitalized = /^[A-Z]/.test(result.text);
      const lead = context.text.slice(Math.max(0, result.index - 20), result.index);
      // a sentence, or a quotation after a colon, opens with it: 'said: "Today, we …', "``Today, I'm here"
      const atSentenceStart = (result.index <= 20 && /^[\s"“‘'(`]*$/.test(lead)) || /:\s*["“‘'`]+\s*$/.test(lead);
      return !capitalized || atSentenceStart;
    });
  },
};
