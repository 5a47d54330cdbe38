import { z } from 'zod';
import { problemResponses } from '../routes/problem-responses';
import type { Route, RouteResponse } from '../routes/route';

/**
 * The OpenAPI 3.1 document, built from the route registry and the zod schemas that validate each
 * request, so every mounted route is documented and a parameter's documented rules are its real ones.
 */
type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  style?: string;
  explode?: boolean;
  schema: JsonSchema;
}

/** JSON Schema of a zod schema: its output side when representable (enums, arrays), else its input side. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  } catch {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  }
  const { $schema: _dialect, ...rest } = json;
  return rest;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}

export function parametersOf(route: Route): OpenApiParameter[] {
  const parameters: OpenApiParameter[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    for (const [name, field] of Object.entries(shapeOf(schema))) {
      const { description, style, explode, ...json } = jsonSchemaOf(field);
      const parameter: OpenApiParameter = { name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: json };
      if (typeof description === 'string') parameter.description = description;
      if (typeof style === 'string') parameter.style = style;
      if (typeof explode === 'boolean') parameter.explode = explode;
      parameters.push(parameter);
    }
  }
  return parameters;
}

/** '/api/v1/events/:id' → '/api/v1/events/{id}' */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function responseObject(response: RouteResponse): JsonSchema {
  if (!response.content) return { description: response.description };
  return { description: response.description, content: contentOf(response.content) };
}

function contentOf(content: Record<string, z.ZodType | null>): JsonSchema {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, schema]) => [mediaType, schema ? { schema: jsonSchemaOf(schema) } : { schema: { type: 'string' } }]),
  );
}

/**
 * The 4xx answers every route of its kind can give, whatever the route itself declares: any route
 * refuses an unknown or malformed parameter (400); a route with a role refuses a missing or wrong key
 * (401, 403) and a key over its rate (429); a route with a body refuses one too large or in another
 * media type or encoding (413, 415).
 */
function chainProblems(route: Route): Record<number, RouteResponse> {
  const statuses = [400];
  if (route.role) statuses.push(401, 403, 429);
  if (route.requestBody) statuses.push(413, 415);
  return problemResponses(...statuses);
}

function operationOf(route: Route): JsonSchema {
  const responses = { ...chainProblems(route), ...route.responses };
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    parameters: parametersOf(route),
    ...(route.requestBody ? { requestBody: { required: true, content: contentOf(route.requestBody) } } : {}),
    ...(route.role ? { security: [{ bearer: [] }], 'x-required-role': route.role } : {}),
    responses: Object.fromEntries(Object.entries(responses).map(([status, response]) => [status, responseObject(response)])),
  };
}

export function buildOpenApi(routes: readonly Route[], info: { title: string; version: string; description?: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        // Keys come from `npx timeline keys create` or POST /api/v1/keys; roles: reader < editor < admin.
        bearer: { type: 'http', scheme: 'bearer', description: 'an API key, tl_ and 43 base64url characters' },
      },
    },
  };
}
