import type { Response } from 'express';

/**
 * The embed page exists to be shown in an <iframe> on other sites, so it lifts the framing limits the
 * security middleware sets for every other page (X-Frame-Options, CSP frame-ancestors) and leaves the
 * rest of the policy as it is.
 */
export function allowAnyFramer(res: Response): void {
  res.removeHeader('X-Frame-Options');
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy !== 'string') return;
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  res.setHeader('Content-Security-Policy', [...directives, 'frame-ancestors *'].join('; '));
}
