import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Our own static files (CSS, JS), served under /static. */
export const PUBLIC_DIR = path.join(__dirname, '..', 'public');

const timelineJsPackage = require.resolve('@knight-lab/timelinejs/package.json');
export const TIMELINEJS_VERSION = (JSON.parse(readFileSync(timelineJsPackage, 'utf8')) as { version: string }).version;
/** The vendored TimelineJS build (js/, css/), served from node_modules: no CDN, the server may have no internet. */
export const TIMELINEJS_DIST = path.join(path.dirname(timelineJsPackage), 'dist');
/** Versioned path, so a year-long immutable cache is safe: an upgrade changes the URL. */
export const TIMELINEJS_BASE = `/vendor/timelinejs/${TIMELINEJS_VERSION}`;

/** Content hash of each file in PUBLIC_DIR, taken once at start-up. */
const versions = new Map(
  readdirSync(PUBLIC_DIR).map((name) => [name, createHash('sha256').update(readFileSync(path.join(PUBLIC_DIR, name))).digest('hex').slice(0, 10)]),
);

/** '/static/app.css?v=<hash>': the URL changes when the file does, so browsers may cache it for a year. */
export function assetUrl(name: string): string {
  const version = versions.get(name);
  if (!version) throw new Error(`no static asset named ${name} in ${PUBLIC_DIR}`);
  return `/static/${name}?v=${version}`;
}
