import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: a second process opening the same data directory reported
 * success, lost its writes and left the directory so that later imports spun at 100 % CPU
 * (docs/reliability.md). So the process that opens a data directory holds `timeline.lock` inside it,
 * naming its pid and command (and, for a server, the URL it listens on); another process is refused
 * with an error that names the holder and what to do. A lock left by a process that no longer runs
 * (killed with SIGKILL, a crash) is taken over.
 */

export const LOCK_FILE = 'timeline.lock';

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  /** Set by a server once it listens, so a second process can point to it. */
  url?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(lockedMessage(dataDir, holder));
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** Records the server's URL in the lock for other processes to read. */
  setUrl(url: string): void;
  release(): void;
}

function lockedMessage(dataDir: string, holder: LockHolder): string {
  const server = holder.url ? ` serving ${holder.url}` : '';
  const upload = holder.url
    ? `, or send the article to that server instead (POST ${holder.url}/api/v1/imports with an admin key, see README "Importing through the API")`
    : '';
  return (
    `the data directory ${dataDir} is in use by process ${holder.pid} (${holder.command}${server}, since ${holder.startedAt}). ` +
    `The embedded database is one process's: stop that process and run this again${upload}; ` +
    `or set DATABASE_URL to a Postgres server, which many processes can share.`
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/** `timeline serve`, from this process's arguments. */
export function describeCommand(argv: string[] = process.argv): string {
  const script = argv[1] ?? '';
  const args = argv.slice(2).join(' ');
  return /timeline(\.js)?$/.test(script) ? `timeline ${args}`.trim() : [script, args].filter(Boolean).join(' ') || 'node';
}

/** Takes the lock on `dataDir` (creating the directory), or throws DataDirLockedError naming the holder. */
export function lockDataDir(dataDir: string, command: string = describeCommand()): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx': created only when absent, atomically; two processes cannot both succeed.
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      const current = readLockHolder(dataDir);
      if (current && isRunning(current.pid)) throw new DataDirLockedError(dataDir, current);
      // A stale lock (its process is gone) or one still being written: remove it and try again.
      if (!current && attempt === 0) {
        sleepMs(50);
        continue;
      }
      try {
        unlinkSync(path);
      } catch {
        // Another process removed it first; the next 'wx' decides.
      }
    }
  }
  let released = false;
  const ours = () => readLockHolder(dataDir)?.pid === holder.pid && readLockHolder(dataDir)?.startedAt === holder.startedAt;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (ours()) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  // A process that ends without closing the database (an uncaught error) leaves no lock behind.
  process.on('exit', release);
  return {
    holder,
    setUrl(url) {
      holder.url = url;
      if (!released && ours()) writeFileSync(path, JSON.stringify(holder), { mode: 0o600 });
    },
    release,
  };
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
