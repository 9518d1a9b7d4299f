import { z } from 'zod';
import { fieldErrorMap, fieldProblems } from './api-error';

describe('field problems', () => {
  const schema = z.object({ text: z.string(), when: z.string().regex(/^\d{4}$/, 'a year').refine((v) => v < '2100', 'not in the future') });
  const problems = (input: unknown) => {
    const result = schema.safeParse(input, { error: fieldErrorMap });
    return result.success ? [] : fieldProblems(result.error.issues);
  };

  it('names a missing field "required" and a field of the wrong type by the type it needs', () => {
    expect(problems({ when: '2020' })).toEqual([{ field: 'text', problem: 'required' }]);
    expect(problems({ text: 1, when: '2020' })).toEqual([{ field: 'text', problem: 'a string' }]);
    expect(problems([])).toEqual([{ field: '(body)', problem: 'an object' }]);
  });

  it('reports one problem per field, the first one found', () => {
    expect(problems({ text: 'a', when: 'soon' })).toEqual([{ field: 'when', problem: 'a year' }]);
  });

  it('names an unknown key itself (a query parameter or a nested field), not its parent', () => {
    const strict = z.object({ text: z.string(), meta: z.object({ a: z.string() }).strict().optional() }).strict();
    const result = strict.safeParse({ text: 'a', author: 'x', meta: { a: 'b', evil: 1 } }, { error: fieldErrorMap });
    expect(fieldProblems(result.error!.issues)).toEqual([
      { field: 'meta.evil', problem: 'not a field or parameter this route accepts' },
      { field: 'author', problem: 'not a field or parameter this route accepts' },
    ]);
  });

  it('prefixes the fields of a batch item with its place in the batch', () => {
    const result = schema.safeParse({ when: '2020' }, { error: fieldErrorMap });
    expect(fieldProblems(result.error!.issues, 'articles.3.')).toEqual([{ field: 'articles.3.text', problem: 'required' }]);
  });
});
