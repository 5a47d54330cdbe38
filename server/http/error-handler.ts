import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailableError } from '../health/database-errors';
import { PROBLEM_MEDIA_TYPE, ProblemError, type Problem } from './problem';

/**
 * Turns a thrown error into a problem, or passes (undefined). Tried in order; the first answer wins.
 * Other layers add one line here (a database-down mapper answering 503, for instance).
 */
export type ErrorMapper = (error: unknown) => Problem | undefined;

export const errorMappers: ErrorMapper[] = [
  (error) => (error instanceof ProblemError ? error.problem : undefined),
  // The database is down, restarting or too slow (statement_timeout): 503, and the client may retry.
  (error) => (isDatabaseUnavailableError(error) ? DATABASE_UNAVAILABLE : undefined),
  // body-parser and friends set `status`/`statusCode` on client errors (bad JSON, too large).
  (error) => {
    const status = clientStatus(error);
    return status ? { type: 'about:blank', title: 'Bad Request', status, detail: (error as Error).message } : undefined;
  },
];

function clientStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

const INTERNAL: Problem = { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'the server could not answer this request' };

export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem): void {
  res.status(problem.status).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(problem));
}

/** Last middleware: a problem for every error, never a stack trace. Unknown errors are logged, not shown. */
export function errorHandler(log: (error: unknown) => void = defaultLog): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const problem = errorMappers.reduce<Problem | undefined>((found, map) => found ?? map(error), undefined);
    if (!problem) log(error);
    sendProblem(res, problem ?? INTERNAL);
  };
}

/** Unknown paths answer with a 404 problem too. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { type: 'about:blank', title: 'Not Found', status: 404, detail: `no route for ${req.method} ${req.path}` });
};

function defaultLog(error: unknown): void {
  process.stderr.write(`server error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
