// Peace-process board: one card per negotiation track with its current state, last change and a small timeline;
// a disputed latest day is marked in words, not only in colour.
import { allPages, api } from './api';
import { byId, h, svg } from './dom';
import { stateName, trackName, webUrl } from './format';
import type { TrackStatus, TrackSummary } from './types';

const RECENT = 6;

export class BoardView {
  private readonly grid = byId('board-grid');
  private readonly count = byId('board-count');
  stale = true;

  async load(): Promise<string[]> {
    this.stale = false;
    const tracks = await allPages<TrackSummary>('/api/peace-processes');
    const details = await Promise.all(tracks.map((t) => api<TrackStatus>(`/api/peace-processes/${encodeURIComponent(t.track)}`)));
    details.sort((a, b) => (b.lastChange ?? '').localeCompare(a.lastChange ?? '') || a.track.localeCompare(b.track));
    this.count.textContent = `${details.length} track${details.length === 1 ? '' : 's'}`;
    this.grid.replaceChildren(...details.map(card));
    return tracks.map((t) => t.track);
  }
}

function card(track: TrackStatus): HTMLElement {
  const disputed = track.disputed.length > 0;
  const titleId = `track-${track.track}`;
  const claims = [...track.timeline].sort((a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''));
  const lastDay = claims.at(-1)?.effectiveDate;
  return h(
    'article',
    { class: `track-card${disputed ? ' disputed' : ''}`, 'aria-labelledby': titleId, 'data-track': track.track },
    h('h3', { id: titleId }, trackName(track.track)),
    h(
      'p',
      { class: 'state' },
      disputed
        ? h('span', { class: 'badge disputed' }, `⚠ Disputed: ${track.disputed.map(stateName).join(' vs ')}`)
        : h('span', { class: `badge state-${track.currentState ?? 'unknown'}` }, track.currentState ? stateName(track.currentState) : 'no dated claim'),
    ),
    h('dl', { class: 'facts' }, h('dt', {}, 'Last change'), h('dd', {}, track.lastChange ?? 'unknown'), h('dt', {}, 'Claims'), h('dd', {}, String(track.claimCount))),
    sparkline(claims),
    h(
      'ol',
      { class: 'claims', 'aria-label': 'Latest claims' },
      claims
        .slice(-RECENT)
        .reverse()
        .map((c) => {
          const contested = disputed && c.effectiveDate === lastDay;
          return h(
            'li',
            { class: contested ? 'contested' : '' },
            h('time', {}, c.effectiveDate ?? 'undated'),
            ' ',
            h('span', { class: `badge state-${c.state}` }, stateName(c.state)),
            contested ? h('span', { class: 'muted' }, ' (disputed)') : null,
            ' ',
            webUrl(c.sources[0]?.url)
              ? h('a', { href: webUrl(c.sources[0].url), target: '_blank', rel: 'noopener noreferrer' }, c.sources[0].outlet ?? 'source')
              : h('span', { class: 'muted' }, c.sources[0]?.outlet ?? ''),
          );
        }),
    ),
  );
}

/** The claims as dots on a line from the first to the last day (decorative; the list says the same). */
function sparkline(claims: TrackStatus['timeline']): SVGSVGElement | null {
  const days = claims.map((c) => (c.effectiveDate ? Date.parse(c.effectiveDate) : NaN)).filter(Number.isFinite);
  if (!days.length) return null;
  const [min, max] = [Math.min(...days), Math.max(...days)];
  const x = (d: number) => (max === min ? 150 : 8 + ((d - min) / (max - min)) * 284);
  return svg(
    'svg',
    { class: 'sparkline', viewBox: '0 0 300 24', 'aria-hidden': 'true' },
    svg('line', { x1: 8, x2: 292, y1: 12, y2: 12 }),
    claims.filter((c) => c.effectiveDate).map((c) => svg('circle', { cx: x(Date.parse(c.effectiveDate!)).toFixed(1), cy: 12, r: 5, class: `state-${c.state}` })),
  );
}
