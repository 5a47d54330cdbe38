import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { connect } from '../../../db/connect';
import { SAMPLES_MANIFEST } from './import-files';

const run = promisify(execFile);
const SAMPLE_COUNT = (JSON.parse(readFileSync(SAMPLES_MANIFEST, 'utf8')) as unknown[]).length;
const BIN = resolve(__dirname, '../../../bin/timeline.js');

/** The CLI on its own PGlite directory (never the developer's data, never Postgres's public schema). */
async function timeline(dataDir: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const env = { ...process.env, TIMELINE_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const { stderr } = await run(process.execPath, [BIN, 'import', ...args], { env });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('timeline import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-import-'));
  const dataDir = join(dir, 'data');

  it('imports the samples, then skips them all on a second run', async () => {
    const first = await timeline(dataDir, ['--manifest', SAMPLES_MANIFEST]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stderr).toMatch(new RegExp(`imported ${SAMPLE_COUNT} articles, skipped 0 already present; \\d+ events created, \\d+ sources added`));
    const second = await timeline(dataDir, ['--manifest', SAMPLES_MANIFEST]);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stderr).toMatch(new RegExp(`imported 0 articles, skipped ${SAMPLE_COUNT} already present; 0 events created, 0 sources added`));

    const handle = await connect({ dataDir });
    try {
      const { n } = await handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(n).toBe(SAMPLE_COUNT);
    } finally {
      await handle.close();
    }
  });

  it('reports an unreadable file by name, imports the rest and exits 1', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Ohio bans TikTok on state phones\n\nOhio on Monday banned TikTok on state-owned phones, officials said.\n');
    const result = await timeline(join(dir, 'data2'), [good, join(dir, 'missing.txt'), '--published', '2024-02-07']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/imported 1 article,/);
    expect(result.stderr).toMatch(/1 input skipped:\n {2}\S*missing\.txt: /);
  });

  it('refuses a bad --published date or no input as usage errors (exit 2)', async () => {
    const bad = await timeline(join(dir, 'data3'), ['x.txt', '--published', '2024-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published must be a real date written YYYY-MM-DD, got "2024-02-30"/);
    expect(bad.stderr).toMatch(/usage: timeline import/);
    const none = await timeline(join(dir, 'data3'), []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/name at least one FILE or a --manifest/);
  });
});
