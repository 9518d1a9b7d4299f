import { extract, type Extraction } from '@newsroom/extraction';
import { convert } from 'html-to-text';
import type { ArticleState } from './article.evolve';

/** HTML captures become text with a maintained converter; block elements become line breaks the cleaner relies on. */
export function plainText(state: Pick<ArticleState, 'format' | 'text'>): string {
  if (state.format === 'text') return state.text;
  return convert(state.text, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}

/** The facts an article gives: none once retracted. */
export function articleFacts(state: ArticleState): Extraction {
  const facts = extract({
    id: state.id,
    text: state.retracted ? '' : plainText(state),
    publishedAt: state.publishedAt,
    outlet: state.outlet,
    url: state.url,
    title: state.title,
  });
  return state.retracted ? { ...facts, visits: [], statements: [], status: [] } : facts;
}
