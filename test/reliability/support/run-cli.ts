import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface CliOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  /** stderr so far (progress lines, the server's log). */
  stderr(): string;
  done: Promise<CliOutcome>;
}

const BIN = resolve(__dirname, '../../../bin/timeline.js');

/** Starts `timeline ARGS…` as its own process (the way a newsroom runs it), with extra environment. */
export function startCli(args: string[], env: Record<string, string>, cwd?: string): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliOutcome>((resolveDone, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

export function runCli(args: string[], env: Record<string, string>, cwd?: string): Promise<CliOutcome> {
  return startCli(args, env, cwd).done;
}
