// What is known about one visit: who was met, who came along, and the reports it comes from.
import { h } from './dom';
import { dateRange, MODE_LABEL, place, sourceItem } from './format';
import type { Visit, VisitDetail } from './types';

/**
 * The visit as the list gave it; its sources again with their evidence once `evidence` (GET /api/visits/{id}) has
 * answered, in the same list.
 */
export function visitDetail(visit: Visit, lookup: (id: string) => Visit | undefined, evidence?: Promise<VisitDetail>): HTMLElement {
  const names = (list: Visit['counterparts'], none: string) =>
    list.length ? h('ul', {}, list.map((p) => h('li', {}, p.name, ' ', h('span', { class: 'muted' }, `(${p.articleIds.length} report${p.articleIds.length === 1 ? '' : 's'})`)))) : h('p', { class: 'muted' }, none);
  const confirmed = visit.confirmedBy ? lookup(visit.confirmedBy) : undefined;
  const sources = h('ul', { class: 'sources', 'aria-busy': evidence ? 'true' : 'false' }, visit.sources.map((s) => sourceItem(s)));
  evidence?.then(
    (detail) => {
      sources.replaceChildren(...detail.sources.map((s) => sourceItem(s)));
      sources.setAttribute('aria-busy', 'false');
    },
    () => {
      sources.setAttribute('aria-busy', 'false');
      sources.after(h('p', { class: 'muted' }, 'The evidence could not be loaded.'));
    },
  );
  return h(
    'article',
    { class: 'visit-detail', 'aria-labelledby': 'visit-detail-title' },
    h('h3', { id: 'visit-detail-title', tabindex: '-1' }, place(visit.city, visit.country)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Envoy'),
      h('dd', {}, visit.envoy),
      h('dt', {}, 'When'),
      h('dd', {}, dateRange(visit.date, visit.endDate)),
      h('dt', {}, 'Kind'),
      h('dd', {}, h('span', { class: `badge mode-${visit.mode}` }, MODE_LABEL[visit.mode])),
      visit.mode === 'planned' ? [h('dt', {}, 'Happened?'), h('dd', {}, confirmed ? `yes, ${dateRange(confirmed.date, confirmed.endDate)}` : visit.confirmedBy ? 'yes' : 'not reported yet')] : null,
      h('dt', {}, 'Outlets'),
      h('dd', {}, String(visit.corroboration)),
    ),
    h('h4', {}, 'Counterparts'),
    names(visit.counterparts, 'none named'),
    h('h4', {}, 'Companions'),
    names(visit.companions, 'none named'),
    h('h4', {}, 'Sources and evidence'),
    sources,
  );
}
