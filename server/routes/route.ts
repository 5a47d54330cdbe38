import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../app-context';
import { parseRequestPart } from '../http/parse-request';

/** One documented response of a route: JSON bodies have a zod schema, other media types none. */
export interface RouteResponse {
  description: string;
  /** media type → body schema (null: not described, e.g. text/csv). */
  content?: Record<string, z.ZodType | null>;
}

/**
 * A route as the registry holds it: enough to mount it (path, handler) and to document it
 * (summary, the zod schemas that validate it, responses) in the OpenAPI document.
 */
export interface Route {
  operationId: string;
  method: 'get';
  /** Express path syntax: `/api/v1/events/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: z.ZodType;
  params?: z.ZodType;
  responses: Record<number, RouteResponse>;
  handler(ctx: AppContext): RequestHandler;
}

export interface RouteInput<Q, P> {
  query: Q;
  params: P;
  req: Request;
  res: Response;
  ctx: AppContext;
}

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType> extends Omit<Route, 'handler' | 'query' | 'params' | 'method'> {
  query?: Q;
  params?: P;
  handle(input: RouteInput<z.output<Q>, z.output<P>>): Promise<void>;
}

/** Declares a GET route whose query and path parameters are parsed by its schemas before `handle` runs. */
export function defineRoute<Q extends z.ZodType, P extends z.ZodType>(spec: RouteSpec<Q, P>): Route {
  const { handle, ...rest } = spec;
  return {
    ...rest,
    method: 'get',
    handler: (ctx) => async (req, res) => {
      const query = spec.query ? parseRequestPart(spec.query, req.query, 'query') : ({} as z.output<Q>);
      const params = spec.params ? parseRequestPart(spec.params, req.params, 'path') : ({} as z.output<P>);
      await handle({ query, params, req, res, ctx });
    },
  };
}
