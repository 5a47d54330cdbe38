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

  it('documents every API route the app mounts, the writes included', () => {
    // Read from express's own router, not the registry: a route mounted some other way would be missed by the registry.
    const app = createApp({ db: ctx.db }) as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const mounted = app.router.stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => `${method} ${layer.route!.path}`) : []))
      .filter((entry) => entry.split(' ')[1]!.startsWith('/api/'));
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(mounted).toEqual(expect.arrayContaining(['post /api/v1/events', 'patch /api/v1/events/:id', 'post /api/v1/imports', 'delete /api/v1/keys/:id', 'get /api/v1/audit']));
    expect([...new Set(mounted)].sort()).toEqual([...documented].sort());
  });

  it('documents request bodies, the key a write needs and its 4xx answers', () => {
    const create = doc.paths['/api/v1/events']!.post as unknown as Record<string, any>;
    expect(create.security).toEqual([{ bearer: [] }]);
    expect(create.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(create.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['title', 'date', 'type']));
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '413', '415', '429']));
    const edit = doc.paths['/api/v1/events/{id}']!.patch as unknown as Record<string, any>;
    expect(Object.keys(edit.responses)).toEqual(expect.arrayContaining(['404', '412', '428']));
    const upload = doc.paths['/api/v1/imports']!.post as unknown as Record<string, any>;
    expect(Object.keys(upload.requestBody.content)).toEqual(expect.arrayContaining(['text/plain', 'text/html', 'application/rss+xml', 'application/json']));
    expect((doc as unknown as Record<string, any>).components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // A public read needs no key and says so by having no security.
    expect((doc.paths['/api/v1/timeline']!.get as unknown as Record<string, unknown>).security).toBeUndefined();
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
