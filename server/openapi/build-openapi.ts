import { z } from 'zod';
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
  const content = Object.fromEntries(
    Object.entries(response.content).map(([mediaType, schema]) => [mediaType, schema ? { schema: jsonSchemaOf(schema) } : { schema: { type: 'string' } }]),
  );
  return { description: response.description, content };
}

export function buildOpenApi(routes: readonly Route[], info: { title: string; version: string; description?: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags,
      parameters: parametersOf(route),
      responses: Object.fromEntries(Object.entries(route.responses).map(([status, response]) => [status, responseObject(response)])),
    };
  }
  return { openapi: '3.1.0', info, paths };
}
