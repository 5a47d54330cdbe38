import { z } from 'zod';
import { listAudit } from '../../db/repositories/audit-log.repository';
import { parseRequestPart, type WriteRoute } from './write-route';

/** GET /api/v1/audit (admin): keys created and revoked, imports through the API; newest first. */
const auditQuery = z.strictObject({
  limit: z.coerce.number().int('expected a whole number').min(1).max(500).default(100),
  before: z.coerce.number().int('expected a whole number').min(1).max(2_147_483_647).optional(),
});

export const auditRoute: WriteRoute = {
  method: 'get',
  path: '/api/v1/audit',
  summary: 'The audit log: keys created and revoked, imports through the API (who, when, what); newest first',
  role: 'admin',
  handler: (ctx) => async (req, res) => {
    const query = parseRequestPart(auditQuery, req.query, 'query');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ entries: await listAudit(ctx.db, query.limit, query.before) });
  },
};
