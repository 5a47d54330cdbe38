/**
 * The server under test, as its own process (so its memory is its own): the real app from
 * server/serve.ts on DATABASE_URL, on PORT. Prints its URL on stdout once it listens.
 */
import { connect, optionsFromEnv } from '../db/connect';
import { serveUntilSignal } from '../server/serve';

async function main(): Promise<void> {
  const handle = await connect(optionsFromEnv());
  const url = await serveUntilSignal(handle, Number(process.env.PORT ?? 0));
  process.stdout.write(`${url}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
