import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A private Postgres server for fault tests: its own data directory and port on 127.0.0.1, started
 * and stopped (or SIGKILLed) by the test. initdb and postgres refuse to run as root, so as root they
 * run as the `postgres` user over a directory it owns. That is spawn's uid/gid (what runuser does)
 * rather than a runuser wrapper: the postmaster must be our direct child, leading its own process
 * group, so one kill(-pid) reaches it and every backend at once.
 *
 *   const pg = await ThrowawayPostgres.start();
 *   await pg.kill();      // SIGKILL the postmaster and its backends: an abrupt crash
 *   await pg.restart();   // crash recovery on the same data directory and port
 *   await pg.destroy();   // stop and remove the directory (call it in afterAll, even on failure)
 */
export class ThrowawayPostgres {
  private process: ChildProcess | null = null;

  private constructor(
    readonly bindir: string,
    readonly dir: string,
    readonly port: number,
    private readonly owner: { uid: number; gid: number } | null,
  ) {}

  /** `postgres://postgres@127.0.0.1:PORT/DATABASE` */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  /** Creates the cluster and starts it; throws with the tool's output when it cannot. */
  static async start(): Promise<ThrowawayPostgres> {
    const bindir = postgresBindir();
    if (!bindir) throw new Error('no PostgreSQL server binaries (initdb) found: install postgresql or set PG_BINDIR');
    const owner = process.getuid?.() === 0 ? await userIds('postgres') : null;
    const dir = mkdtempSync(join(tmpdir(), 'timeline-pg-'));
    const pg = new ThrowawayPostgres(bindir, dir, await freePort(), owner);
    try {
      if (owner) {
        chownSync(dir, owner.uid, owner.gid);
        chmodSync(dir, 0o700);
      }
      await pg.tool('initdb', ['-D', pg.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
      await pg.startServer();
      return pg;
    } catch (error) {
      await pg.destroy();
      throw error;
    }
  }

  /**
   * A hot standby of `primary`, streaming from it: `pg_basebackup -R --checkpoint=fast` (physical copy plus the
   * standby.signal and primary_conninfo that make it follow), started on its own free port.
   * initdb's trust configuration already lets 127.0.0.1 connect for replication. (A fast checkpoint:
   * with the default spread one the copy waited about 90 s for the primary's checkpoint.)
   */
  static async standbyOf(primary: ThrowawayPostgres): Promise<ThrowawayPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-pg-standby-'));
    const standby = new ThrowawayPostgres(primary.bindir, dir, await freePort(), primary.owner);
    try {
      if (standby.owner) {
        chownSync(dir, standby.owner.uid, standby.owner.gid);
        chmodSync(dir, 0o700);
      }
      await standby.tool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', standby.dataDir, '-R', '-X', 'stream', '--no-sync', '--checkpoint=fast']);
      await standby.startServer();
      return standby;
    } catch (error) {
      await standby.destroy();
      throw error;
    }
  }

  /** Starts the server again after kill() (crash recovery; a standby resumes streaming). */
  async resume(): Promise<void> {
    if (this.process && this.process.exitCode === null) return;
    await this.startServer();
  }

  /** SIGKILL the postmaster and every backend, as a power cut or OOM kill would. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Backends would linger for a moment after their postmaster dies; kill the whole process group.
    signalGroup(child, 'SIGKILL');
    await exited;
    await this.backendsGone(child.pid!);
    this.process = null;
  }

  /** Starts the server again on the same directory and port (Postgres runs crash recovery). */
  async restart(): Promise<void> {
    await this.kill();
    await this.startServer();
  }

  /** Stops the server (fast shutdown, SIGKILL if it lingers) and removes the directory. Safe to call twice. */
  async destroy(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // Postgres's fast shutdown
      const timer = setTimeout(() => void this.kill(), 5000);
      await exited;
      clearTimeout(timer);
    }
    this.process = null;
    rmSync(this.dir, { recursive: true, force: true });
  }

  async createDatabase(name: string): Promise<void> {
    await this.tool('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', name]);
  }

  private async startServer(): Promise<void> {
    // The postmaster runs in its own process group (detached) so kill() can take its backends with it.
    const args = ['-D', this.dataDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${this.dir}`, '-c', 'fsync=off', '-c', 'max_connections=60'];
    const child = spawn(join(this.bindir, 'postgres'), args, { ...this.owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    this.process = child;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited at start (${child.exitCode}): ${log}`);
      try {
        await run(join(this.bindir, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port), '-q']);
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 30 s: ${log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Waits until no process of the killed group is left (a backend still attached to shared memory blocks a restart). */
  private async backendsGone(pgid: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(-pgid, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async tool(name: string, args: string[]): Promise<void> {
    try {
      await run(join(this.bindir, name), args, { cwd: this.dir, ...this.owner });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`${name} failed: ${e.stderr || e.message}`);
    }
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    child.kill(signal);
  }
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** PG_BINDIR, then pg_config's answer's siblings, then Debian's versioned directories. */
export function postgresBindir(): string | null {
  const candidates = [process.env.PG_BINDIR, ...['17', '16', '15', '14', '13'].map((v) => `/usr/lib/postgresql/${v}/bin`)];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'initdb'))) ?? null;
}

/** A port nobody listens on right now (the OS picks it; a race with another process is possible but harmless in tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `describe` when the PostgreSQL binaries are here; otherwise a skipped block that says why, except
 * under CI=true, where missing binaries are a failure (the fault tests must run in CI).
 */
export function describeWithPostgresBinaries(title: string, body: () => void): void {
  if (postgresBindir()) return describe(title, body);
  if (process.env.CI === 'true') {
    describe(title, () => it('needs the PostgreSQL server binaries', () => {
      throw new Error('CI=true but no initdb found (install postgresql, or set PG_BINDIR)');
    }));
    return;
  }
  describe.skip(`${title} (no PostgreSQL server binaries: install postgresql or set PG_BINDIR)`, () => it('needs initdb', () => undefined));
}
