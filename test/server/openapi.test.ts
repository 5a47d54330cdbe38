import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../server/app';
import { openApiPath } from '../../server/openapi/build-openapi';
import { routes } from '../../server/routes';
import { describeEachBackend } from '../support/databases';

interface Operation {
  operationId: string;
  parameters: { name: string; in: string }[];
}

describeEachBackend('GET /api/openapi.json', (ctx) => {
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    const res = await request(createApp({ db: ctx.db })).get('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    // The validator is ESM-only and jest's transform turns import() into require(): load it in the vm's own way.
    const load = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<typeof import('@seriousme/openapi-schema-validator')>;
    const { Validator } = await load('@seriousme/openapi-schema-validator');
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<typeof validator.validate>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every registered route', () => {
    for (const route of routes) {
      const operation = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(operation?.operationId).toBe(route.operationId);
    }
    expect(Object.values(doc.paths).flatMap((p) => Object.keys(p))).toHaveLength(routes.length);
  });

  it('documents the timeline parameters with their real rules', () => {
    const params = doc.paths['/api/v1/timeline']!.get!.parameters as unknown as { name: string; schema: Record<string, unknown> }[];
    const names = params.map((p) => p.name);
    for (const name of ['jurisdiction', 'company', 'type', 'status', 'from', 'to', 'q', 'include', 'sort', 'limit', 'cursor', 'format', 'group', 'bom']) {
      expect(names).toContain(name);
    }
    expect(params.find((p) => p.name === 'limit')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
    expect(params.find((p) => p.name === 'format')!.schema.enum).toEqual(['json', 'timelinejs', 'csv', 'ics', 'atom']);
  });

  it('docs/ (api.md, or the doc of whoever added a route) names every path and every parameter', () => {
    const dir = join(__dirname, '../../docs');
    const docs = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    for (const [path, methods] of Object.entries(doc.paths)) {
      expect(docs).toContain(path.replace(/\{(\w+)\}/g, ':$1'));
      for (const operation of Object.values(methods)) {
        for (const parameter of operation.parameters) {
          expect({ path, parameter: parameter.name, documented: docs.includes(`\`${parameter.name}\``) }).toEqual({ path, parameter: parameter.name, documented: true });
        }
      }
    }
  });
});
