import type { Request } from 'express';

/** The absolute URL of a request, as the client addressed it. */
export function requestUrl(req: Request): URL {
  return new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
}

/** The same URL with one query parameter set. */
export function withParam(url: URL, name: string, value: string): string {
  const next = new URL(url);
  next.searchParams.set(name, value);
  return next.toString();
}
