import { scoreDocument } from '../../scripts/tempeval';
import { parseTimeml } from '../../scripts/timeml';
import { findTemporalExpressions } from '../../importers/dates';

// A fictional TimeML document written for this test (the format of TimeBank and TempEval-3).
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>FICTION-0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-10-18" temporalFunction="false" functionInDocument="CREATION_TIME">2023-10-18</TIMEX3></DCT>
<TEXT>
The regulator fined the ferry line <TIMEX3 tid="t1" type="DATE" value="2023-10-16">Monday</TIMEX3> under a <TIMEX3 tid="t2" type="DATE" value="2019">2019</TIMEX3> rule &amp; said new fees apply <TIMEX3 tid="t3" type="DATE" value="FUTURE_REF">soon</TIMEX3>.
A review is due by <TIMEX3 tid="t4" type="DATE" value="2024-01">January</TIMEX3>; talks lasted <TIMEX3 tid="t5" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML reader', () => {
  const doc = parseTimeml(DOC);

  it('reads the creation time and the text without tags, entities decoded', () => {
    expect(doc.dct).toBe('2023-10-18');
    expect(doc.text).toContain('under a 2019 rule & said new fees apply soon.');
    expect(doc.text).not.toMatch(/<|&amp;/);
  });

  it('locates every TIMEX3 in the plain text', () => {
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Monday', 'DATE', '2023-10-16'],
      ['2019', 'DATE', '2019'],
      ['soon', 'DATE', 'FUTURE_REF'],
      ['January', 'DATE', '2024-01'],
      ['three days', 'DURATION', 'P3D'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('refuses a document without a TEXT element', () => {
    expect(() => parseTimeml('<TimeML><DOCID>x</DOCID></TimeML>')).toThrow(/TEXT/);
  });
});

describe('TempEval calendar-date score', () => {
  it('counts only calendar dates as gold, and a hit only with the gold value', () => {
    const doc = parseTimeml(DOC);
    const score = scoreDocument(doc.timexes, findTemporalExpressions(doc.text, doc.dct));
    // Monday, 2019 and January are calendar dates; FUTURE_REF and the duration are not.
    expect(score.gold).toBe(3);
    expect(score.right).toBe(3);
    expect(score.misses).toEqual([]);
  });

  it('lists a wrong value as a miss and an expression over no gold as spurious', () => {
    const doc = parseTimeml(DOC);
    const monday = doc.timexes[0]!;
    const wrong = { text: 'Monday', start: monday.start, end: monday.end, value: '2023-10-23', precision: 'day' as const, basis: 'relative' as const };
    const extra = { text: 'ferry', start: 0, end: 5, value: '2020', precision: 'year' as const, basis: 'explicit' as const };
    const score = scoreDocument(doc.timexes, [extra, wrong]);
    expect(score.found).toBe(1);
    expect(score.right).toBe(0);
    expect(score.misses.map((m) => m.gold.text)).toEqual(['Monday', '2019', 'January']);
    expect(score.spurious).toEqual([extra]);
    expect(score.oursRight).toBe(0);
  });
});
