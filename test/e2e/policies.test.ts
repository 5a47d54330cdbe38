import { join, resolve } from 'node:path';
import { launcherEnv, runLauncher, startServer, tempDir, type LaunchedServer } from './launcher';

/**
 * Policies through the shipped launcher: `timeline import` links three fictional articles (a bill
 * passes, is signed, is blocked in court) into one policy, `timeline serve` answers for it over HTTP
 * (the API, the page, a timeline format), and an editor's key renames it.
 */
const THREAD = resolve(__dirname, '../importers/policies/fixtures/manifest.json');

let dir: { path: string; remove(): Promise<void> };
let server: LaunchedServer | null = null;
let editorKey = '';

beforeAll(async () => {
  dir = await tempDir('timeline-e2e-policies-');
  const env = launcherEnv(join(dir.path, 'data'));
  const created = await runLauncher(['keys', 'create', '--role', 'editor', '--label', 'e2e editor'], env);
  expect(created).toMatchObject({ code: 0 });
  editorKey = created.stdout.trim();
  const imported = await runLauncher(['import', '--manifest', THREAD], env);
  expect({ code: imported.code, stderr: imported.stderr }).toMatchObject({ code: 0 });
  server = await startServer('serve', env);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await dir?.remove();
});

describe('policies through the shipped launcher', () => {
  let id = 0;

  it('lists the policy the import linked, with its stage derived from the court ruling', async () => {
    const res = await fetch(`${server!.base}/api/v1/policies?jurisdiction=US-OR`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { policies: Array<{ id: number; name: string; stage: string; status: string; event_count: number }> };
    expect(body.policies).toEqual([expect.objectContaining({ name: 'SB 12', stage: 'court', status: 'blocked', event_count: 3 })]);
    id = body.policies[0]!.id;
    const detail = (await (await fetch(`${server!.base}/api/v1/policies/${id}`)).json()) as { events: Array<{ cue: { kind: string } }> };
    expect(detail.events.map((e) => e.cue.kind)).toEqual(['instrument', 'instrument', 'instrument']);
  });

  it('serves its page with the lifecycle steps and its events as CSV', async () => {
    const page = await fetch(`${server!.base}/policies/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<ol class="lifecycle"[\s\S]*aria-current="step">\s*<span class="step-name">Court/);
    const csv = await fetch(`${server!.base}/api/v1/timeline?policy=${id}&format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).trim().split('\n')).toHaveLength(4);
  });

  it("renames it with an editor's key and If-Match", async () => {
    const before = await fetch(`${server!.base}/api/v1/policies/${id}`);
    const res = await fetch(`${server!.base}/api/v1/policies/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json', 'if-match': before.headers.get('etag')! },
      body: JSON.stringify({ name: 'Oregon app store age checks (S.B. 12)' }),
    });
    expect(res.status).toBe(200);
    const after = (await (await fetch(`${server!.base}/api/v1/policies/${id}`)).json()) as { name: string };
    expect(after.name).toBe('Oregon app store age checks (S.B. 12)');
  });
});
