/**
 * The server under test, as its own process (so its memory is its own): the real app from
 * server/serve.ts on DATABASE_URL, on PORT. Prints its URL on stdout once it listens.
 */
import { readConfig } from '../db/config';
import { connect } from '../db/connect';
import { serveUntilSignal } from '../server/serve';

async function main(): Promise<void> {
  // PORT unset: any free port (the bench reads the URL from stdout), not the app's 3000.
  const config = readConfig({ ...process.env, PORT: process.env.PORT || '0' });
  const handle = await connect(config.database);
  const url = await serveUntilSignal(handle, config.port, config.server);
  process.stdout.write(`${url}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
