import { z } from 'zod';

// Field rules shared by the HTTP API and the events, so both reject the same things.
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const articleIdSchema = z
  .string()
  .regex(ARTICLE_ID_PATTERN, 'an id of 1-128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit');

/** The day exists (no 2021-02-29) and so does the time of day, when there is one (no 25:61). */
const isRealDate = (value: string): boolean => {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  const dayExists = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  return dayExists && (value.length === 10 || !Number.isNaN(Date.parse(value)));
};

/** A calendar day (YYYY-MM-DD) or a full ISO 8601 timestamp. */
export const publishedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date YYYY-MM-DD or an ISO 8601 timestamp')
  .refine(isRealDate, 'a real calendar date');

export const articleFormatSchema = z.enum(['text', 'html']);
export const languageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "en-GB"');
export const urlSchema = z
  .string()
  .max(2048, 'at most 2048 characters')
  .url('an absolute http(s) URL')
  .refine((u) => /^https?:\/\//i.test(u), 'an absolute http(s) URL');
export const outletSchema = z.string().trim().min(1, 'not empty').max(200, 'at most 200 characters');
export const titleSchema = z.string().trim().min(1, 'not empty').max(1000, 'at most 1000 characters');
export const reasonSchema = z.string().trim().min(1, 'not empty').max(2000, 'at most 2000 characters');

/** The article text. Its maximum length is a deployment setting (MAX_ARTICLE_CHARS). */
export const articleTextSchema = (maxChars: number) =>
  z
    .string()
    .max(maxChars, `at most ${maxChars} characters`)
    .refine((t) => t.trim().length > 0, 'not empty');

export const EVENT_TEXT_LIMIT = 2_000_000;
