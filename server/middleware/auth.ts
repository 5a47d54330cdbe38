import type { RequestHandler, Response } from 'express';
import { touchApiKey } from '../../db/repositories/api-key.repository';
import type { ApiKeyRole } from '../../db/tables/api-key.table';
import type { AppContext } from '../app-context';
import { sendProblem } from '../http/error-handler';
import { authenticateKey, ROLE_RANK, type AuthenticatedKey } from '../services/api-key.service';

/**
 * Write routes require `Authorization: Bearer tl_…` with a role at least `role`. No key, a malformed,
 * unknown or revoked key: 401 (with WWW-Authenticate). A valid key with too small a role: 403.
 * The key never reaches a log or a response; only its label travels on (res.locals.apiKey).
 */
export function requireRole(ctx: AppContext, role: ApiKeyRole): RequestHandler {
  return async (req, res, next) => {
    try {
      const presented = bearerToken(req.headers.authorization);
      if (presented === null) return unauthorized(res, 'this request needs an API key: send Authorization: Bearer <key>');
      const result = await authenticateKey(ctx.db, presented);
      if (!result.ok) return unauthorized(res, REASONS[result.reason]);
      if (ROLE_RANK[result.key.role] < ROLE_RANK[role]) {
        return sendProblem(res, { type: 'about:blank', title: 'Forbidden', status: 403, detail: `this key's role (${result.key.role}) may not do this: ${role} or above needed` });
      }
      res.locals.apiKey = result.key;
      await touchApiKey(ctx.db, result.key.id);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The authenticated key of a request that passed requireRole. */
export function apiKeyOf(res: Response): AuthenticatedKey {
  const key = res.locals.apiKey as AuthenticatedKey | undefined;
  if (!key) throw new Error('route reached without requireRole');
  return key;
}

const REASONS = {
  malformed: 'the API key is malformed (expected Bearer tl_ and 43 base64url characters)',
  unknown: 'the API key is not valid',
  revoked: 'the API key has been revoked',
} as const;

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1]! : header.length > 0 ? '' : null;
}

function unauthorized(res: Response, detail: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer realm="timeline"');
  sendProblem(res, { type: 'about:blank', title: 'Unauthorized', status: 401, detail });
}
