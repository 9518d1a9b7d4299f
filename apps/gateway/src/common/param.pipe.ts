import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates one path parameter against a schema, naming the parameter in the 400 answer. */
export function paramPipe<T>(name: string, schema: z.ZodType<T>): PipeTransform<string, T> {
  return {
    transform(value: string): T {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      const problem = result.error.issues[0].message;
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${name}: ${problem}`, details: [{ field: name, problem }] });
    },
  };
}
