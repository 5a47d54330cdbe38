import fc from 'fast-check';
import { parseRegex } from '../../../../importers/pipeline/regex/parse-regex';
import { mayMatch, requiredLiterals } from '../../../../importers/pipeline/regex/required-literals';

describe('requiredLiterals', () => {
  it.each([
    [/\bban(?:s|ned|ning)?\b/i, [['ban']]],
    [/\b(?:ban|block)(?:s|ed)?\b[^;]{0,40}\bimports?\b/i, [['import'], ['ban', 'block']]],
    [/[Bb]locked (?=[A-Z])/, [['blocked ']]],
    [/\bfor (?:failing|refusing)\b/, [['for failing', 'for refusing']]],
    // an optional part or a lookaround needs nothing; a wide class breaks a word in two
    [/\b(?:court)?\s*ruled\b(?!\s+out)/i, [['ruled']]],
    [/\bexport\w+ed\b/i, [['export'], ['ed']]],
    [/can(?:not|n't)/, [["cann't", 'cannot']]],
    // an alternative that needs nothing makes the whole need nothing
    [/\b(?:fines?|\d+)\b/i, []],
    [/\b[A-Z][\w-]+ (?:Act|Code)\b/, [[' act', ' code']]],
  ])('%s needs %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it('refuses what it cannot read rather than guess', () => {
    expect(() => requiredLiterals(/(a)\1/)).toThrow(/escape/);
    expect(() => requiredLiterals(/ban/u)).toThrow(/flag/);
  });

  it('never rejects a text the pattern matches (random patterns over a small alphabet, random texts)', () => {
    const atom = fc.constantFrom('a', 'b', 'ab', 'ba', '[ab]', '[Aa]', '\\w', '.', '\\b', '(?=a)', '(?<!b)', 'a?', 'b*', '(?:ab|b)', '(?:a|ba)+', 'a{2}', 'b{1,3}', ' ');
    const pattern = fc.array(fc.array(atom, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), { minLength: 1, maxLength: 3 }).map((b) => b.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', 'c'), { maxLength: 12 }).map((t) => t.join(''));
    fc.assert(
      fc.property(pattern, fc.boolean(), text, (source, insensitive, t) => {
        const rx = new RegExp(source, insensitive ? 'i' : '');
        if (rx.test(t)) expect(mayMatch(requiredLiterals(rx), t.toLowerCase())).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('parses every construct the cue table uses', () => {
    expect(parseRegex(/(?<!\b(?:was|is)\s+(?:\w+ly\s+)?)\b[\w'’.-]+[^;)]{0,40}?\u2019\x41(?<name>x)\.$/i)).toBeTruthy();
  });
});
