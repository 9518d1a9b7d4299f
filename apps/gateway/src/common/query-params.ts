import { z } from 'zod';

/** A calendar day in query parameters, e.g. from=2020-10-01. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => {
    const day = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(d);
  }, 'a real calendar date');

export const textParam = (max = 200) => z.string().trim().min(1, 'not empty').max(max, `at most ${max} characters`);

/** from <= to, when both are given. */
export const orderedRange = <T extends { from?: string; to?: string }>(p: T) => !p.from || !p.to || p.from <= p.to;
export const rangeIssue = { message: 'from must not be after to', path: ['from'] };
