import { createServer, type Server } from 'node:http';
import { fetchInput } from '../../importers/readers/url-input';
import { defaultLimits } from '../../importers/readers';
import { readConfig } from '../../db/config';
import { refuseAddress, refuseUrl, publicUrlGuard } from '../../server/services/public-url';

/** The address check behind import by URL (server/services/public-url.ts): public in, everything inner out. */
describe('refuseAddress', () => {
  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '2001:4860:4860::8888', '2606:4700:4700::1111', '64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => expect(refuseAddress(address)).toBeNull(),
  );

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback', '::1'],
    ['unspecified', '0.0.0.0'],
    ['unspecified', '::'],
    ['private', '10.1.2.3'],
    ['private', '172.16.0.1'],
    ['private', '192.168.1.1'],
    ['CGNAT', '100.64.0.1'],
    ['link-local (cloud metadata)', '169.254.169.254'],
    ['link-local', 'fe80::1'],
    ['unique local (AWS IPv6 metadata)', 'fd00:ec2::254'],
    ['multicast', '224.0.0.1'],
    ['broadcast', '255.255.255.255'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped metadata, hex form', '::ffff:a9fe:a9fe'],
    ['NAT64 loopback', '64:ff9b::7f00:1'],
    ['NAT64 metadata', '64:ff9b::169.254.169.254'],
    ['NAT64 local-use', '64:ff9b:1::a00:1'],
    ['6to4 loopback', '2002:7f00:1::'],
    ['6to4 private', '2002:c0a8:101::1'],
    ['IPv4-compatible loopback', '::7f00:1'],
    ['IPv4-compatible private', '::10.0.0.1'],
    ['site-local', 'fec0::1'],
    ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    ['not an address', 'example.org'],
  ])('refuses %s: %s', (_kind, address) => {
    expect(refuseAddress(address)).toEqual(expect.any(String));
  });
});

describe('refuseUrl', () => {
  it('judges IP literals, IPv4 against IPv4 ranges (8.8.8.8 is public)', async () => {
    expect(await refuseUrl('http://8.8.8.8/')).toBeNull();
    expect(await refuseUrl('http://[64:ff9b::7f00:1]/')).toMatch(/private or local/);
    expect(await refuseUrl('http://127.0.0.1:8080/')).toMatch(/private or local/);
    expect(await refuseUrl('http://localhost/')).toMatch(/private or local/);
    expect(await refuseUrl('http://user:pw@8.8.8.8/')).toMatch(/credentials/);
    expect(await refuseUrl('file:///etc/passwd')).toMatch(/only http/);
    expect(await refuseUrl('http://127.0.0.1/', readConfig({ IMPORT_ALLOW_PRIVATE_URLS: '1' }).server.importAllowPrivateUrls)).toBeNull();
  });
});

describe('fetchInput under the guard', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/start') return void res.writeHead(302, { location: `${base}/secret` }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Fictional secret page.');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('checks every redirect hop: a public-looking start redirecting to a private address is refused before the hop', async () => {
    const guard = publicUrlGuard()!;
    // The first hop is let through as if it were public; the redirect's target gets the real check.
    const startAllowed = { ...guard, refuseUrl: (url: string) => (url.endsWith('/start') ? Promise.resolve(null) : guard.refuseUrl(url)) };
    hits.length = 0;
    await expect(fetchInput(`${base}/start`, defaultLimits, startAllowed)).rejects.toThrow(/redirect to .*\/secret refused: .*private or local/);
    expect(hits).toEqual(['/start']);
  });

  it('connects only to the address it checked: a host name resolving to loopback fails at connect time', async () => {
    const guard = publicUrlGuard()!;
    // As if the name had resolved to a public address when checked, then to loopback on connect (DNS rebinding).
    const rebinding = { ...guard, refuseUrl: () => Promise.resolve(null) };
    hits.length = 0;
    const port = (server.address() as { port: number }).port;
    await expect(fetchInput(`http://localhost:${port}/secret`, defaultLimits, rebinding)).rejects.toThrow(/private or local/);
    expect(hits).toEqual([]);
  });

  it('without a guard (the command line) follows redirects as before', async () => {
    const input = await fetchInput(`${base}/start`, defaultLimits);
    expect(input.url).toBe(`${base}/secret`);
  });
});
