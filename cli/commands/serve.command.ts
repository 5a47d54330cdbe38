import { connect } from '../../db/connect';
import { serveUntilSignal } from '../../server/serve';
import { serverJobQueue } from './server-queue';
import type { Command } from './command';
import { parsePort } from './port-option';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (PORT or --port, default 3000) from the database as it is',
  usage: 'timeline serve [--port N]',
  async run(args, config) {
    const port = parsePort(args, config.port);
    const handle = await connect(config.database);
    try {
      const base = await serveUntilSignal(handle, port, config.server, await serverJobQueue(config));
      process.stderr.write(`listening on ${base} (try ${base}/api/v1/timeline)\n`);
    } catch (error) {
      await handle.close();
      throw error;
    }
    // Keep running: the process ends on SIGINT/SIGTERM.
    return new Promise<number>(() => undefined);
  },
};
