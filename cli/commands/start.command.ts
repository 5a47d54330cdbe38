import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { serveUntilSignal } from '../../server/serve';
import { serverJobQueue } from './server-queue';
import type { Command } from './command';
import { parsePort } from './port-option';
import { importSamplesIfEmpty } from './sample-import';

/** A few URLs worth opening first, printed once the server listens. */
export function exampleUrls(base: string): string[] {
  return [
    `${base}/`,
    `${base}/?jurisdiction=US&include=subdivisions`,
    `${base}/embed?jurisdiction=AU`,
    `${base}/api/v1/timeline`,
    `${base}/api/v1/timeline?jurisdiction=US&include=subdivisions&type=device_ban`,
    `${base}/api/v1/timeline?company=ByteDance&include=subsidiaries&from=2023&format=timelinejs`,
    `${base}/api/v1/timeline?q=ban&format=atom`,
    `${base}/api/v1/timeline?format=csv`,
    `${base}/api/v1/facets`,
    `${base}/api/openapi.json`,
  ];
}

export const startCommand: Command = {
  name: 'start',
  summary: 'migrate, import the sample articles into an empty database, then serve (npm start)',
  usage: 'timeline start [--port N]',
  async run(args, config) {
    const port = parsePort(args, config.port);
    const handle = await connect(config.database);
    try {
      const applied = await migrateToLatest(handle.db);
      if (applied.length) process.stderr.write(`migrated: ${applied.join(', ')}\n`);
      const summary = await importSamplesIfEmpty(handle.db);
      if (summary) {
        process.stderr.write(`imported samples: ${summary.articles} articles, ${summary.eventsCreated} events (fictional, marked as samples; remove them with: npx timeline samples remove)\n`);
        for (const failure of summary.failures) process.stderr.write(`  could not import ${failure.input}: ${failure.reason}\n`);
      }
      const base = await serveUntilSignal(handle, port, config.server, await serverJobQueue(config));
      process.stdout.write(`listening on ${base}\ntry:\n${exampleUrls(base).map((url) => `  ${url}`).join('\n')}\n`);
    } catch (error) {
      await handle.close();
      throw error;
    }
    // Keep running: the process ends on SIGINT/SIGTERM.
    return new Promise<number>(() => undefined);
  },
};
