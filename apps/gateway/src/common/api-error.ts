import { z } from 'zod';

/** The one error shape every 4xx and 5xx answer has. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** One problem per field (the first one found: "not a date" says more than the checks that follow it). */
export const fieldProblems = (issues: readonly { path: PropertyKey[]; message: string }[], prefix = ''): ApiError['details'] => {
  const problems = new Map<string, string>();
  for (const issue of issues) {
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
