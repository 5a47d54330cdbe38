import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Admins may import an article by URL; the server then fetches it. So that a URL cannot make the
 * server read its own network (cloud metadata at 169.254.169.254, a database admin page on
 * localhost), the host must resolve only to public addresses. IMPORT_ALLOW_PRIVATE_URLS=1 lifts this
 * (tests, an intranet deployment). Redirects are followed by the reader: see docs/security.md.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['::ffff:0:0', 96]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a URL may not be fetched, or null when it may. */
export async function refuseUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https URLs can be imported';
  if (parsed.username || parsed.password) return 'URLs with credentials are refused';
  if (env.IMPORT_ALLOW_PRIVATE_URLS === '1') return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `the host ${host} does not resolve`;
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) return `the host ${host} is a private or local address`;
  return null;
}
