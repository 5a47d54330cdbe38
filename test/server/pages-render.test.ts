import { displayDate, humanize } from '../../server/pages/display-date';
import { splitByQuotes } from '../../server/pages/highlight-quotes';
import { html } from '../../server/pages/html';
import { safeHref } from '../../server/pages/safe-href';

describe('displayDate', () => {
  it('shows a date at its precision, never more', () => {
    expect(displayDate({ value: '2017', precision: 'year' })).toBe('2017');
    expect(displayDate({ value: '2023-02', precision: 'month' })).toBe('Feb 2023');
    expect(displayDate({ value: '2023-03-16', precision: 'day' })).toBe('16 Mar 2023');
    expect(displayDate({ value: '2023-03-01', precision: 'month' })).toBe('Mar 2023');
    expect(displayDate(null)).toBe('Undated');
  });

  it('words taxonomy values', () => {
    expect(humanize('device_ban')).toBe('Device ban');
    expect(humanize('in_force')).toBe('In force');
  });
});

describe('html', () => {
  it('escapes every interpolated string, nested templates stay as built', () => {
    const title = '<script>alert(1)</script> & "x"';
    const out = html`<p title="${title}">${title}${html`<b>${'<i>'}</b>`}${[1, '<', null, false]}</p>`.toString();
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;<b>&lt;i&gt;</b>1&lt;</p>',
    );
  });
});

describe('safeHref', () => {
  it('keeps web links and drops script or data URLs', () => {
    expect(safeHref('https://gazette.example/brief?a=1&b=2')).toBe('https://gazette.example/brief?a=1&b=2');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('splitByQuotes', () => {
  const text = 'One. Two three. Four five six.';
  const q = (quote: string, start: number) => ({ quote, quote_start: start, quote_end: start + quote.length });

  it('marks quotes at their offsets and keeps every character once', () => {
    const runs = splitByQuotes(text, [q('Four five six.', 16), q('Two three.', 5)]);
    expect(runs.map((r) => [r.text, Boolean(r.quote)])).toEqual([
      ['One. ', false],
      ['Two three.', true],
      [' ', false],
      ['Four five six.', true],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('finds a quote whose offsets are stale, skips one that is absent, clips overlaps', () => {
    const runs = splitByQuotes(text, [q('Two three.', 0), q('missing', 3), q('three. Four', 9), q('Two three.', 5)]);
    expect(runs.map((r) => [r.text, r.quote?.quote ?? null])).toEqual([
      ['One. ', null],
      ['Two three.', 'Two three.'],
      [' Four', 'three. Four'],
      [' five six.', null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});
