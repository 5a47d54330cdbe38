import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { ApiKeyRole } from '../../db/tables/api-key.table';
import type { AppContext } from '../app-context';
import { parseRequestPart } from '../http/parse-request';
import { parseBody } from './write-route';

/** One documented response of a route: JSON bodies have a zod schema, other media types none. */
export interface RouteResponse {
  description: string;
  /** media type → body schema (null: not described, e.g. text/csv). */
  content?: Record<string, z.ZodType | null>;
}

export type RouteMethod = 'get' | 'post' | 'patch' | 'delete';

/**
 * A route as the registry holds it: enough to mount it (method, path, role, body parsers, handler)
 * and to document it (summary, the zod schemas that validate it, responses) in the OpenAPI document.
 * Reads and writes are declared the same way; a route with a role is a write (or an admin read).
 */
export interface Route {
  operationId: string;
  method: RouteMethod;
  /** Express path syntax: `/api/v1/events/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** The key role the route needs (Authorization: Bearer); absent: public. */
  role?: ApiKeyRole;
  /** Body parsers, run after the role check and rate limit (default for a route with a role: JSON). */
  bodyParsers?: RequestHandler[];
  /** The documented request body: media type → schema (null: not described, e.g. text/plain). */
  requestBody?: Record<string, z.ZodType | null>;
  /** Absent: no query parameter is accepted (an unknown one is a 400). */
  query?: z.ZodType;
  params?: z.ZodType;
  responses: Record<number, RouteResponse>;
  handler(ctx: AppContext): RequestHandler;
}

export interface RouteInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  req: Request;
  res: Response;
  ctx: AppContext;
}

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>
  extends Omit<Route, 'handler' | 'query' | 'params' | 'method' | 'requestBody'> {
  /** Default: get. */
  method?: RouteMethod;
  query?: Q;
  params?: P;
  /** A JSON body, validated by a strict zod object (unknown fields refused) before `handle` runs. */
  body?: B;
  /** Documented request media types when the body is not only the JSON of `body` (an upload). */
  requestBody?: Record<string, z.ZodType | null>;
  handle(input: RouteInput<z.output<Q>, z.output<P>, z.output<B>>): Promise<void>;
}

// A route that declares no query schema takes no query parameters: one rule instead of one per route.
const NO_QUERY = z.strictObject({});

/** Declares a route whose path, query and JSON body are parsed by its schemas before `handle` runs. */
export function defineRoute<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType>(
  spec: RouteSpec<Q, P, B>,
): Route {
  const { handle, body, requestBody, method, ...rest } = spec;
  return {
    ...rest,
    method: method ?? 'get',
    ...(requestBody ?? body ? { requestBody: requestBody ?? { 'application/json': body! } } : {}),
    handler: (ctx) => async (req, res) => {
      const params = spec.params ? parseRequestPart(spec.params, req.params, 'path') : ({} as z.output<P>);
      const query = parseRequestPart(spec.query ?? NO_QUERY, req.query, 'query') as z.output<Q>;
      const parsedBody = body ? parseBody(body, req) : (undefined as z.output<B>);
      await handle({ query, params, body: parsedBody, req, res, ctx });
    },
  };
}
