import type { ErrorRequestHandler, Request, Response } from 'express';
import type { z } from 'zod';
import { badRequest, ProblemError, type ParameterError } from '../http/problem';
import { parseRequestPart } from '../http/parse-request';
import { BodyError } from '../middleware/security';

/** body-parser's errors, named for what the client sent. */
export const bodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  const type = (error as { type?: string }).type;
  const limit = (error as { limit?: number }).limit;
  if (error instanceof BodyError) return next(new ProblemError({ type: 'about:blank', title: titleOf(error.status), status: error.status, detail: error.message }));
  if (type === 'entity.too.large') return next(problem(413, `the request body is larger than the ${limit} byte limit`));
  if (type === 'entity.parse.failed') return next(problem(400, 'the request body is not valid JSON'));
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return next(problem(415, `${(error as Error).message}: send UTF-8, uncompressed`));
  if (type === 'entity.verify.failed') return next(problem(400, (error as Error).message));
  next(error);
};

function titleOf(status: number): string {
  return ({ 400: 'Bad Request', 413: 'Content Too Large', 415: 'Unsupported Media Type' } as Record<number, string>)[status] ?? 'Bad Request';
}

function problem(status: number, detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: titleOf(status), status, detail });
}

/**
 * The JSON body, validated by a strict zod object: unknown fields are named and refused. A body sent
 * as another media type is a 415; no body at all is `{}`.
 */
export function parseBody<T extends z.ZodType>(schema: T, req: Request): z.output<T> {
  if (req.body === undefined && hasBody(req)) {
    throw problem(415, `expected an application/json body, got ${req.headers['content-type'] ?? 'no content type'}`);
  }
  const value = req.body === undefined ? {} : (req.body as unknown);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest([{ parameter: 'body', reason: 'expected a JSON object' }]);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(result.error.issues.flatMap(bodyIssue));
}

function hasBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

function bodyIssue(issue: z.core.$ZodIssue): ParameterError[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ parameter: [...issue.path, key].join('.'), reason: 'unknown field' }));
  return [{ parameter: issue.path.length ? issue.path.join('.') : 'body', reason: issue.message }];
}

export { parseRequestPart };

/**
 * The version an edit is based on, from If-Match: `W/"v3"`, `"v3"` or `3`. Missing: 428; unreadable: 400.
 * A stale one is the service's to refuse (412), inside the transaction that holds the row lock.
 */
export function ifMatchVersion(req: Request): number {
  const header = req.headers['if-match'];
  if (header === undefined || header === '') {
    throw new ProblemError({
      type: 'about:blank',
      title: 'Precondition Required',
      status: 428,
      detail: 'send If-Match with the event\'s ETag (W/"v<version>") so a change cannot overwrite one you have not seen',
    });
  }
  const match = /^\s*(?:W\/)?"?v?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw badRequest([{ parameter: 'If-Match', reason: 'expected the event\'s ETag, W/"v<version>"' }]);
  return Number(match[1]);
}

/** ETag of an event version. */
export function versionTag(version: number): string {
  return `W/"v${version}"`;
}

export function sendEvent(res: Response, status: number, event: { id: number; version: number }): void {
  res.status(status).setHeader('ETag', versionTag(event.version));
  res.setHeader('Cache-Control', 'no-store');
  if (status === 201) res.setHeader('Location', `/api/v1/events/${event.id}`);
  res.json(event);
}
