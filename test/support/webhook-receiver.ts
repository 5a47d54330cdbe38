import { createServer, type Server } from 'node:http';

/** One request a receiver got, and the status it answered. */
export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/**
 * A local webhook receiver for tests: records every POST and answers with the status `respond` gives
 * (200 unless a test says otherwise). Listens on 127.0.0.1 on a free port.
 */
export async function startReceiver(): Promise<{ url: string; received: ReceivedWebhook[]; respond: { status: number }; close(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  const respond = { status: 200 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body, answered: respond.status });
      res.writeHead(respond.status).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, received, respond, close: () => new Promise((done) => server.close(() => done())) };
}

/** Polls `check` until it returns true or the deadline passes (robust on a loaded machine). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
