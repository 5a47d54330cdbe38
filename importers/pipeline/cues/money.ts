/**
 * Sums of money as news prints them: "150 million euros", "€60m", "$5 billion", "1.2bn pounds",
 * "EGP 52m", "GBP27 million". Read by split-separate-penalties (a sum per company) and dedupe-events
 * (two sums that differ are two acts).
 */
const UNIT = String.raw`(?:\s*(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|m|crore|lakh)\b)?`;
const CODE = String.raw`(?:EGP|USD|EUR|GBP|INR|NGN|KRW|JPY|CNY|RMB|BRL|TRY|ZAR|KES|PKR|BDT|IDR|MYR|PHP|MXN|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|R\$|Rs\.?)`;
const NAMES = String.raw`(?:[Ee]uros?|[Dd]ollars?|[Pp]ounds?|yuan|yen|won|[Rr]upees?|[Ff]rancs?|kroner?|kronor|lira|roubles?|rubles?|reais|[Pp]esos?|rand|[Ss]hillings?|naira)`;

// Case-sensitive: a currency code is upper case ("try 2 cases" states no Turkish lira).
export const MONEY = new RegExp(
  String.raw`(?:[$€£¥₩]\s?\d[\d.,]*${UNIT}|\b${CODE}\s?\d[\d.,]*${UNIT}|\b\d[\d.,]*\s*(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|m)?\s*${NAMES}\b)`,
);

const MULTIPLIER: Readonly<Record<string, number>> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5 };

/**
 * The sums a text states, as numbers (currency left aside: "€1.2bn ($1.3bn)" gives both).
 *
 *   moneyAmounts('fined EGP 20m, in addition to EGP 32m') → [20000000, 32000000]
 */
export function moneyAmounts(text: string): number[] {
  return [...text.matchAll(new RegExp(MONEY.source, 'g'))].flatMap((m) => {
    const number = /\d[\d.,]*/.exec(m[0]);
    if (!number) return [];
    // "1,200" groups thousands; "1.2" is a decimal (a trailing separator is punctuation)
    const value = Number(number[0].replace(/[.,]$/, '').replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '.'));
    const unit = /(million|billion|trillion|bn|crore|lakh|m)\b/i.exec(m[0].slice(number.index + number[0].length))?.[1]?.toLowerCase();
    return Number.isFinite(value) ? [value * (unit ? (MULTIPLIER[unit] ?? 1) : 1)] : [];
  });
}
