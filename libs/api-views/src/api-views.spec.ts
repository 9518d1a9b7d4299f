import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The dashboard type-checks against these files (type-only imports): they must stay free of Nest, Prisma and node.
describe('api-views', () => {
  it('imports nothing but zod and its own files', () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      const imports = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      expect({ file, foreign: imports.filter((i) => i !== 'zod' && !i.startsWith('./')) }).toEqual({ file, foreign: [] });
    }
  });
});
