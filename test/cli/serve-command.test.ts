import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePort } from '../../cli/commands/port-option';
import { UsageError } from '../../cli/commands/command';

const BIN = join(__dirname, '../../bin/timeline.js');

describe('timeline serve', () => {
  it('parses --port, --port=, PORT, and refuses anything else', () => {
    expect(parsePort([], {})).toBe(3000);
    expect(parsePort([], { PORT: '8080' })).toBe(8080);
    expect(parsePort(['--port', '4000'], { PORT: '8080' })).toBe(4000);
    expect(parsePort(['--port=0'], {})).toBe(0);
    expect(() => parsePort(['--port', 'abc'], {})).toThrow(UsageError);
    expect(() => parsePort(['--port', '70000'], {})).toThrow(/0-65535/);
    expect(() => parsePort(['--port'], {})).toThrow(/needs a number/);
    expect(() => parsePort(['--verbose'], {})).toThrow(/unknown option/);
  });

  it('serves the API on a real port and closes gracefully on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'timeline-serve-'));
    const env = { ...process.env, TIMELINE_DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' };
    try {
      expect(spawnSync(process.execPath, [BIN, 'migrate'], { env }).status).toBe(0);
      const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env });
      let stderr = '';
      const base = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const m = /listening on (http:\/\/localhost:\d+)/.exec(stderr);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
      });
      const res = await fetch(`${base}/api/v1/timeline?limit=1`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ version: 1, events: [] });
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(stderr).toContain('SIGTERM: closing');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
