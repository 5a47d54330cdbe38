import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../db/config';
import { parsePort } from '../../cli/commands/port-option';
import { UsageError } from '../../cli/commands/command';

const BIN = join(__dirname, '../../bin/timeline.js');

describe('timeline serve', () => {
  it('parses --port, --port=, falls back to PORT from the settings, and refuses anything else', () => {
    expect(parsePort([], readConfig({}).port)).toBe(3000);
    expect(parsePort([], readConfig({ PORT: '8080' }).port)).toBe(8080);
    expect(parsePort(['--port', '4000'], 8080)).toBe(4000);
    expect(parsePort(['--port=0'], 3000)).toBe(0);
    expect(() => parsePort(['--port', 'abc'], 3000)).toThrow(UsageError);
    expect(() => parsePort(['--port', '70000'], 3000)).toThrow(/0-65535/);
    expect(() => parsePort(['--port'], 3000)).toThrow(/needs a number/);
    expect(() => parsePort(['--verbose'], 3000)).toThrow(/unknown option/);
  });

  it('stops at a bad PORT with one line naming it, exit 1, no stack trace', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve'], { env: { ...process.env, PORT: 'abc', NODE_OPTIONS: '' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("timeline: PORT must be a port number 0-65535, got 'abc'\n");
    expect(result.stdout).toBe('');
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
