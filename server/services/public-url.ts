import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { FetchGuard } from '../../importers/index';

/**
 * Admins may import an article by URL; the server then fetches it. So that a URL cannot make the
 * server read its own network (cloud metadata at 169.254.169.254, a database admin page on
 * localhost), every address it connects to must be public: the host's addresses are checked, the
 * connection goes to the address that was checked (no second DNS lookup), and each redirect hop is
 * checked the same way (importers/readers/url-input.ts). IMPORT_ALLOW_PRIVATE_URLS=1 (passed in
 * as `allowPrivate`, from db/config.ts) lifts this (tests, an intranet deployment). See docs/security.md.
 *
 * Ranges come from ipaddr.js (IANA special-purpose registries), not a hand-kept list: only what it
 * calls 'unicast' is public. IPv6 transition forms that carry an IPv4 address (IPv4-mapped
 * ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16, IPv4-compatible ::/96) are judged by the IPv4
 * address inside; the rest that a host can route to an inner network (Teredo, NAT64 local-use
 * 64:ff9b:1::/48, site-local fec0::/10) are refused outright.
 */

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const fromParts = (high: number, low: number): IPv4 => ipaddr.IPv4.parse(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);

/** The IPv4 address an IPv6 transition address carries, or null when it carries none. */
export function embeddedIPv4(address: IPv6): IPv4 | null {
  const p = address.parts;
  switch (address.range()) {
    case 'ipv4Mapped':
    case 'rfc6145':
      return fromParts(p[6]!, p[7]!);
    case 'rfc6052': // NAT64 64:ff9b::/96
      return fromParts(p[6]!, p[7]!);
    case '6to4': // 2002:AABB:CCDD::/48
      return fromParts(p[1]!, p[2]!);
  }
  // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks); :: and ::1 have their own ranges.
  if (p.slice(0, 6).every((part) => part === 0) && (p[6] !== 0 || p[7]! > 1)) return fromParts(p[6]!, p[7]!);
  return null;
}

/** Why a connection to this IP address is refused, or null for a public address. */
export function refuseAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const inner = embeddedIPv4(parsed as IPv6);
    if (inner) {
      const reason = refuseAddress(inner.toString());
      return reason ? `${address} carries ${inner.toString()}: ${reason}` : null;
    }
    // NAT64 local-use prefix (RFC 8215): ipaddr.js has no name for it, and its IPv4 part may be anywhere.
    if (ipaddr.IPv6.parse('64:ff9b:1::').match(parsed as IPv6, 48)) return `${address} is a private or local address (NAT64 local-use)`;
  }
  const range = parsed.range();
  return range === 'unicast' ? null : `${address} is a private or local address (${range})`;
}

export function isPrivateAddress(address: string): boolean {
  return refuseAddress(address) !== null;
}

/** Why a URL may not be fetched (scheme, credentials, a private literal or a name resolving to one), or null. */
export async function refuseUrl(url: string, allowPrivate = false): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https URLs can be imported';
  if (parsed.username || parsed.password) return 'URLs with credentials are refused';
  if (allowPrivate) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `the host ${host} does not resolve`;
  }
  if (addresses.length === 0) return `the host ${host} does not resolve`;
  const refused = addresses.map(refuseAddress).find((reason) => reason !== null);
  return refused ? `the host ${host} is a private or local address (${refused})` : null;
}

/** The guard the server's URL imports run under: every hop and every connected address checked. */
export function publicUrlGuard(allowPrivate = false): FetchGuard | undefined {
  if (allowPrivate) return undefined;
  return { refuseUrl: (url) => refuseUrl(url), refuseAddress };
}
