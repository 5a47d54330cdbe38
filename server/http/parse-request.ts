import type { z } from 'zod';
import { badRequest, type ParameterError } from './problem';

/**
 * Validates one part of a request (query or path parameters) with its zod schema; a failure becomes
 * a 400 problem naming each parameter and the reason. Unknown query parameters are rejected by the
 * schemas being strict objects, and reported one per name.
 */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, where: 'query' | 'path'): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw badRequest(result.error.issues.flatMap((issue) => issueErrors(issue, where)));
}

function issueErrors(issue: z.core.$ZodIssue, where: 'query' | 'path'): ParameterError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ parameter: key, reason: `unknown ${where} parameter` }));
  }
  const parameter = issue.path.length ? String(issue.path[0]) : where;
  return [{ parameter, reason: issue.message }];
}
