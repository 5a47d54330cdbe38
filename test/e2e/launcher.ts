import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs the shipped launcher (`node bin/timeline.js …`) as a child process, the way `npm start` and
 * `npx timeline` do: TypeScript through tsx's CommonJS hook, not jest's transform. Bugs that only the
 * launcher shows (a directory import, two processes on one data directory) are caught here.
 */
export const LAUNCHER = resolve(__dirname, '../../bin/timeline.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A launcher environment on its own PGlite data directory, with none of the caller's database settings. */
export function launcherEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TIMELINE_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ...extra };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  return env;
}

/** Runs one command to its end. */
export function runLauncher(args: string[], env: NodeJS.ProcessEnv, input?: string, timeoutMs = 150_000): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timeline ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

export interface LaunchedServer {
  base: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts `timeline start|serve` on a free port and waits for its "listening on" line. */
export function startServer(command: 'start' | 'serve', env: NodeJS.ProcessEnv, timeoutMs = 150_000): Promise<LaunchedServer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let settled = false;
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolvePromise({
          base: match[1]!.replace('localhost', '127.0.0.1'),
          process: child,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      settled = true;
      child.kill('SIGKILL');
      reject(new Error(`timeline ${command} did not listen within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    void exited.then((code) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(new Error(`timeline ${command} exited with ${code} before listening:\n${output}`));
      }
    });
  });
}

export async function tempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
