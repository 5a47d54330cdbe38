import { maskQuotes, quotedShare } from '../../../importers/pipeline/sentences/mask-quotes';
import { splitClauses } from '../../../importers/pipeline/sentences/split-clauses';

const clauses = (s: string): string[] => splitClauses(s).map((c) => s.slice(c.start, c.end));

describe('splitClauses', () => {
  it('splits a new subject after ", and"', () => {
    expect(clauses('A judge blocked the order, and President Roe revoked it.')).toEqual(['A judge blocked the order', 'President Roe revoked it.']);
  });
  it('splits before "following" an earlier event and keeps the relative clause with its antecedent', () => {
    expect(clauses('Norway banned the app on staff phones, following similar moves by Sweden, which barred it last year.')).toEqual([
      'Norway banned the app on staff phones',
      'following similar moves by Sweden, which barred it last year.',
    ]);
  });
  it('splits on semicolons and ", but"', () => {
    expect(clauses('The bill passed; the governor vetoed it, but lawmakers will try again.')).toEqual(['The bill passed', 'the governor vetoed it', 'lawmakers will try again.']);
  });
  it('leaves a coordinated verb phrase whole', () => {
    expect(clauses('The president rescinded the orders but ordered a study.')).toEqual(['The president rescinded the orders but ordered a study.']);
  });
});

describe('maskQuotes', () => {
  it('blanks quoted speech and keeps offsets', () => {
    const text = 'He said “we will ban it” and left "as fast as he could" now';
    const masked = maskQuotes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('He said “' + ' '.repeat(14) + '” and left "' + ' '.repeat(19) + '" now');
  });
  it('leaves a short term in scare quotes readable: it is the writer’s phrase, not speech', () => {
    const text = 'Ruritania placed a “temporary ban” on the app and declared a "national emergency" over it.';
    expect(maskQuotes(text)).toBe(text.replace(/[“”"]/g, ' '));
    expect(maskQuotes('“Ban it,” said Ann.')).toBe('“' + ' '.repeat(7) + '” said Ann.');
    expect(maskQuotes('She said the law was “swiftly adopted” today.')).toBe('She said the law was “' + ' '.repeat(15) + '” today.');
  });
  it('reads a scare-quoted term after a modifier or a preposition too ("their 5G “core networks”", "from “access and transport networks”")', () => {
    const text = 'Operators will remove the parts from their 5G "core networks" by 2026, with a purge from "access and transport networks" by 2029.';
    expect(maskQuotes(text)).toBe(text.replace(/"/g, ' '));
    // a verb between the determiner and the quote makes it speech ("the law was …")
    expect(maskQuotes('The minister said the rule is “totally wrong” today.')).toBe('The minister said the rule is “' + ' '.repeat(13) + '” today.');
  });
  it('ends an unclosed quotation at the paragraph break', () => {
    const text = 'He said “we will ban it\n\nPeru banned the app on Monday.';
    expect(maskQuotes(text).endsWith('Peru banned the app on Monday.')).toBe(true);
    expect(maskQuotes(text)).toContain('“' + ' '.repeat(14) + '\n\n');
  });
  it('measures how much of a sentence is quotation', () => {
    expect(quotedShare('“We urge regulators to act now,” said Ann.')).toBeGreaterThan(0.5);
    expect(quotedShare('The ministry said it would act.')).toBe(0);
  });
});
