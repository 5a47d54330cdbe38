import type { DateBasis } from '../db/vocabulary/taxonomy';
import type { Article, Mention } from './types';

/** One mention in the shape shared/spec/CONTRACT.md fixes for `timeline extract`. */
export interface ContractMention {
  date: string | null;
  date_basis: DateBasis;
  jurisdiction: string | null;
  companies: string[];
  type: string;
  status: string | null;
  title: string;
  quote: string;
  confidence: number;
  source: {
    file: string;
    title: string;
    published: string | null;
    published_inferred: boolean;
    url: string | null;
    offset: [number, number];
  };
}

/**
 * The contract shape of a mention. `offset` is the quote's span in the input file when the
 * article's text is a verbatim slice of it (fileOffset known), else its span in article.text.
 */
export function toContractMention(m: Mention, article: Article): ContractMention {
  const base = article.fileOffset ?? 0;
  return {
    date: m.date.value,
    date_basis: m.date.basis,
    jurisdiction: m.jurisdiction,
    companies: m.companies,
    type: m.type,
    status: m.status,
    title: m.title,
    quote: m.quote,
    confidence: m.confidence,
    source: {
      file: article.file,
      title: article.title,
      published: article.published,
      published_inferred: article.publishedInferred,
      url: article.url,
      offset: [base + m.quoteStart, base + m.quoteEnd],
    },
  };
}
