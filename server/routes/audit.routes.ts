import { z } from 'zod';
import { listAudit } from '../../db/repositories/audit-log.repository';
import { defineRoute } from './route';

/** GET /api/v1/audit (admin): keys created and revoked, imports through the API; newest first. */
// Plain decimal digits only: a coerced number would take "0x10", " 16" or "1e2" for a page size.
const auditQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, 'expected a whole number from 1 to 500')
    .optional()
    .meta({ description: 'entries per page, 1 to 500 (default 100)' }),
  before: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'expected an entry id (a whole number)')
    .optional()
    .meta({ description: 'only entries older than this id' }),
});

export const auditRoute = defineRoute({
  operationId: 'listAudit',
  path: '/api/v1/audit',
  summary: 'The audit log: keys created and revoked, imports through the API (who, when, what); newest first',
  tags: ['keys'],
  role: 'admin',
  query: auditQuery,
  responses: { 200: { description: 'audit entries, newest first' } },
  async handle({ query, res, ctx }) {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ entries: await listAudit(ctx.db, query.limit === undefined ? 100 : Number(query.limit), query.before === undefined ? undefined : Number(query.before)) });
  },
});
