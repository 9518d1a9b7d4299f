import type { ApiError } from '@newsroom/api-views';
import type { z } from 'zod';

export type { ApiError } from '@newsroom/api-views';

export const UNKNOWN_KEY = 'not a field or parameter this route accepts';

/** One problem per field (the first one found: "not a date" says more than the checks that follow it). */
export const fieldProblems = (issues: readonly { path: PropertyKey[]; message: string }[], prefix = ''): ApiError['details'] => {
  const problems = new Map<string, string>();
  for (const issue of issues) {
    // an unknown key is named itself (a query parameter or a body field), not as a problem of its parent
    const unknown = (issue as { code?: string; keys?: unknown }).code === 'unrecognized_keys' ? (issue as { keys?: unknown }).keys : undefined;
    if (Array.isArray(unknown) && unknown.length) {
      for (const key of unknown) {
        const field = prefix + [...issue.path, key].map(String).join('.');
        if (!problems.has(field)) problems.set(field, UNKNOWN_KEY);
      }
      continue;
    }
    const field = prefix + (issue.path.length ? issue.path.map(String).join('.') : '(body)');
    if (!problems.has(field)) problems.set(field, issue.message);
  }
  return [...problems].map(([field, problem]) => ({ field, problem }));
};

/** Zod's type errors in the words the rest of the API uses: "required", "a string", "an object". */
export const fieldErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'required';
  return `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
};
