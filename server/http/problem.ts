/**
 * RFC 9457 problem details: every error the API sends has this shape, as application/problem+json.
 *
 *   { "type": "about:blank", "title": "Bad Request", "status": 400, "detail": "…",
 *     "errors": [{ "parameter": "from", "reason": "not a real date: 2023-02-30" }] }
 */
export interface ParameterError {
  parameter: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ParameterError[];
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Thrown anywhere below a route to answer with a problem instead of a 500. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

export function badRequest(errors: ParameterError[]): ProblemError {
  const detail = errors.map((e) => `${e.parameter}: ${e.reason}`).join('; ');
  return new ProblemError({ type: 'about:blank', title: 'Bad Request', status: 400, detail, errors });
}

export function notFound(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Not Found', status: 404, detail });
}

/** 412: the If-Match version is not the current one. */
export function preconditionFailed(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail });
}

/** 409: the change contradicts the row's current state. */
export function conflict(detail: string): ProblemError {
  return new ProblemError({ type: 'about:blank', title: 'Conflict', status: 409, detail });
}
