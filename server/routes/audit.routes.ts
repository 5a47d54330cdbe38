import { z } from 'zod';
import { listAudit } from '../../db/repositories/audit-log.repository';
import { defineRoute } from './route';

/** GET /api/v1/audit (admin): keys created and revoked, imports through the API; newest first. */
const auditQuery = z.strictObject({
  limit: z.coerce.number().int('expected a whole number').min(1).max(500).default(100),
  before: z.coerce.number().int('expected a whole number').min(1).max(2_147_483_647).optional(),
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
    res.json({ entries: await listAudit(ctx.db, query.limit, query.before) });
  },
});
