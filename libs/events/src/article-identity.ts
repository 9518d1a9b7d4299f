import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|s|amp)$/i;

/** A URL reduced to what identifies the page: scheme, lower-cased host without www, path, non-tracking query. */
export function canonicalUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  url.protocol = 'https:';
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k)).sort(([a], [b]) => a.localeCompare(b));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  url.pathname = url.pathname.replace(/\/(amp\/?)?$/, '') || '/';
  if (url.port === '443' || url.port === '80') url.port = '';
  return url.toString();
}

/**
 * Text with white space folded, so re-submitting the same article with other line breaks is the same article: every
 * run of white space becomes one space. Only runs that are not already a single space are replaced (the same result
 * as replacing every /\s+/, three times faster on prose, where most runs are one space).
 */
export const normalisedText = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ').trim();

/** The article id: the client's id, else one derived from the canonical URL, else from the content. */
export function articleIdFor(input: { id?: string; url?: string; text: string }): string {
  if (input.id) return input.id;
  if (input.url) return `url-${sha256(canonicalUrl(input.url)).slice(0, 32)}`;
  return `txt-${sha256(normalisedText(input.text)).slice(0, 32)}`;
}

const normalised = (name: string, value: unknown): unknown =>
  name === 'text' ? normalisedText(String(value)) : name === 'url' && typeof value === 'string' ? canonicalUrl(value) : value;

/** What makes two submissions "the same article": format, text (white space folded) and metadata (URL canonical). */
export function contentHash(fields: Record<string, unknown>): string {
  const sorted = Object.keys(fields)
    .sort()
    .filter((k) => fields[k] !== undefined && fields[k] !== null)
    .map((k) => [k, normalised(k, fields[k])]);
  return sha256(JSON.stringify(sorted));
}
