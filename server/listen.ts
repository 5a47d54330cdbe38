import type { Server } from 'node:http';
import type { Application } from 'express';

export interface ListenOptions {
  port: number;
  host?: string;
}

/** Binds the app to a port; resolves once it listens (rejects when the port is taken). */
export function listen(app: Application, options: ListenOptions): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host ?? '0.0.0.0');
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** Stops accepting connections and waits for open requests to finish; idle keep-alive sockets close now. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // A keep-alive connection busy at this moment would otherwise carry more requests after the
    // listener closed: every answer from now on tells the client to hang up.
    server.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/**
 * On SIGINT or SIGTERM: run `shutdown` once (close the server, then the database), then exit.
 * A second signal exits at once.
 */
export function onShutdownSignal(shutdown: () => Promise<void>, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal}: closing`);
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
