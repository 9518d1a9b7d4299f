// `npm run corpus:generate -- --articles N [--seed S] [--out DIR]`: writes NNNNNN.txt and NNNNNN.meta.json per
// synthetic article (the layout `npm run extract -- --dir` and the seed fixtures use).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { corpus } from './corpus';

function options(argv: string[]): { articles: number; seed: number; out: string } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { articles: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'bench/out/corpus' } },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1 || articles > 10_000_000) throw new Error('--articles must be a whole number from 1 to 10000000');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a whole number >= 0');
  return { articles, seed, out: path.resolve(values.out!) };
}

try {
  const { articles, seed, out } = options(process.argv.slice(2));
  fs.mkdirSync(out, { recursive: true });
  const width = Math.max(3, String(articles - 1).length);
  let i = 0;
  for (const article of corpus(seed, articles)) {
    const name = String(i++).padStart(width, '0');
    const { text, ...meta } = article;
    fs.writeFileSync(path.join(out, `${name}.txt`), text);
    fs.writeFileSync(path.join(out, `${name}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${articles} articles (seed ${seed}) to ${out}\n`);
} catch (error) {
  process.stderr.write(`corpus:generate: ${(error as Error).message}\n`);
  process.exit(2);
}
