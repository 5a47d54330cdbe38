import type { z } from 'zod';
import { closestName } from './closest-name';

/**
 * A validation problem in our words, never zod's own ("Too big: expected string to have <=6
 * characters" reads as a stack trace to a journalist). Messages our schemas set themselves
 * (patterns, refinements: issue codes invalid_format and custom) pass through; the rest are worded
 * here by their code. An enum's bad value gets the closest allowed one: "device-ban" → device_ban.
 */
export function issueReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? `at most ${issue.maximum} characters` : issue.origin === 'array' ? `at most ${issue.maximum} values` : `at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `at least ${issue.minimum} characters`;
      return `at least ${issue.minimum}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'expected a whole number';
      if (issue.expected === 'number') return 'expected a number';
      if (Array.isArray(issue.input)) return 'give this parameter once';
      return 'expected a value';
    case 'invalid_union':
      return 'expected a value';
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? closestName(issue.input, allowed) : null;
      const list = allowed.length <= 16 ? `: one of ${allowed.join(', ')}` : '';
      return guess ? `${String(issue.input)} is not allowed: did you mean ${guess}?` : `not an allowed value${list}`;
    }
    default:
      return issue.message;
  }
}

/** "unknown query parameter", naming the closest known one when a name is a likely typo. */
export function unknownParameterReason(key: string, known: readonly string[], where: 'query' | 'path'): string {
  const guess = closestName(key, known);
  return guess ? `unknown ${where} parameter: did you mean ${guess}?` : `unknown ${where} parameter (known: ${known.join(', ')})`;
}
