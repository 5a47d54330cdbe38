import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function timelineDates(args: string[], input = '') {
  const run = spawnSync('node', ['bin/timeline.js', 'dates', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE = 'On Thursday, the council said it had approved the rules. Last month, it delayed them. The vote is set for next week; a first draft appeared in 2019.';

describe('timeline dates', () => {
  it('prints the dates of stdin as a JSON array', () => {
    const run = timelineDates(['--published', '2023-03-17'], ARTICLE);
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(found.map((e) => [e.text, e.value, e.precision, e.basis])).toEqual([
      ['Thursday', '2023-03-16', 'day', 'relative'],
      ['Last month', '2023-02', 'month', 'relative'],
      ['next week', '2023-03', 'month', 'relative'],
      ['2019', '2019', 'year', 'explicit'],
    ]);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(['basis', 'end', 'precision', 'start', 'text', 'value']);
  });

  it('reads a file and, with no --published, prints only explicit dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-dates-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    const run = timelineDates([file]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Array<{ value: string }>).map((e) => e.value)).toEqual(['2019']);
  });

  it('gives a deadline after a past verb the nearer year and marks a year that modifies a noun', () => {
    // Fictional. 18 October: 7 December is seven weeks ahead, not ten months back.
    const run = timelineDates(['--published', '2023-10-18'], 'The board approved new fees, effective Dec. 7, under the 2021 law.');
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(found.map((e) => [e.text, e.value, e.modifier ?? false])).toEqual([
      ['Dec. 7', '2023-12-07', false],
      ['2021', '2021', true],
    ]);
  });

  it('reads years in words, named days and dates counted from the one before', () => {
    // Fictional transcript. Wednesday 18 October 2023.
    const run = timelineDates(
      ['--published', '2023-10-18'],
      'In nineteen ninety-six the council banned the devices and lifted the ban later that year. The levy will start by Christmas, on Monday, Oct. 23.',
    );
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['nineteen ninety-six', '1996'],
      ['later that year', '1996'],
      ['Christmas', '2023-12-25'],
      ['Monday, Oct. 23', '2023-10-23'],
    ]);
  });

  it('rejects a bad --published as a usage error (exit 2)', () => {
    const run = timelineDates(['--published', '17/03/2023'], ARTICLE);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--published '17/03/2023' is not a date");
    expect(run.stderr).toContain('usage: timeline dates');
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown option as a usage error', () => {
    expect(timelineDates(['--publshed', '2023-03-17']).status).toBe(2);
  });

  it('reports an unreadable file on one stderr line and exits 1', () => {
    const run = timelineDates(['/nonexistent/article.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['timeline dates: cannot read /nonexistent/article.txt: ENOENT']);
  });
});
