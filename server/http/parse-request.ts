import type { z } from 'zod';
import { issueReason, unknownParameterReason } from './issue-reason';
import { badRequest, type ParameterError } from './problem';

/**
 * Validates one part of a request (query or path parameters) with its zod schema; a failure becomes
 * a 400 problem naming each parameter and the reason. Unknown query parameters are rejected by the
 * schemas being strict objects, and reported one per name.
 */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, where: 'query' | 'path'): z.output<T> {
  // reportInput: the bad value reaches issueReason, which suggests the allowed value it was closest to.
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw badRequest(result.error.issues.flatMap((issue) => issueErrors(issue, where, knownKeys(schema))));
}

function issueErrors(issue: z.core.$ZodIssue, where: 'query' | 'path', known: string[]): ParameterError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ parameter: key, reason: unknownParameterReason(key, known, where) }));
  }
  const parameter = issue.path.length ? String(issue.path[0]) : where;
  return [{ parameter, reason: issueReason(issue) }];
}

/** The parameter names an object schema knows (through a refinement's wrapper too), for suggestions. */
function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
