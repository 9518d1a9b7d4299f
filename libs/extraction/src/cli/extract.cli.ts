/**
 *   npm run extract -- <article.txt> [--published-at YYYY-MM-DD] [--outlet NAME] [--url URL]
 *   npm run extract -- --dir DIR --out DIR
 *
 * Single file: prints the extraction contract JSON on stdout. Directory: writes
 * OUT/NNN.json for every DIR/NNN.txt, reading DIR/NNN.meta.json when present.
 * Errors: one line on stderr, non-zero exit.
 */
import { extract } from '../extract';
import { parseExtractArgs } from './args';
import { articleIdOf, extractDir, readText, runMain } from './run';

runMain(() => {
  const parsed = parseExtractArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const a = parsed.value;
  if (a.mode === 'dir') {
    const ids = extractDir(a.dir, a.out);
    process.stdout.write(`extracted ${ids.length} article(s) from ${a.dir} into ${a.out}\n`);
    return 0;
  }
  const text = readText(a.file);
  const result = extract({ id: articleIdOf(a.file), text, publishedAt: a.publishedAt, outlet: a.outlet, url: a.url });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
});
