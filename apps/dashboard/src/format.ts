// Human wording of API values.
import type { Source, SourceRef, VisitMode } from './types';
import { h } from './dom';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null): string {
  if (!code) return '';
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

export const place = (city: string | null, country: string | null): string =>
  [city, countryName(country)].filter(Boolean).join(', ') || 'place unknown';

export const MODE_LABEL: Record<VisitMode, string> = { in_person: 'in person', virtual: 'virtual', planned: 'planned' };

export const dateRange = (from: string | null, to: string | null): string => (!from ? 'undated' : to && to !== from ? `${from} – ${to}` : from);

/** us_taliban -> US Taliban: words capitalised, two-letter ones upper-cased. */
export const trackName = (track: string): string =>
  track
    .split('_')
    .map((w) => (w.length <= 2 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(' ');

export const stateName = (state: string): string => state.replace(/_/g, ' ');

/** Only web links become links (an article's URL is whatever its publisher sent). */
export const webUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/** One source: outlet (a link when it has a URL), day, and the sentence(s) the fact comes from. */
export function sourceItem(source: Source | SourceRef, options: { evidence?: boolean } = {}): HTMLLIElement {
  const label = `${source.outlet ?? 'article'}${source.publishedAt ? `, ${source.publishedAt}` : ''}`;
  return h(
    'li',
    { class: 'source' },
    webUrl(source.url) ? h('a', { href: webUrl(source.url), target: '_blank', rel: 'noopener noreferrer' }, label) : label,
    ' ',
    h('span', { class: 'muted' }, `(article ${source.articleId.slice(0, 12)})`),
    options.evidence === false || !('evidence' in source) ? null : h('blockquote', {}, source.evidence),
  );
}
