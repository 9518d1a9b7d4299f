// One envoy's visits in order: what happened (in person or virtual) and what was only planned.
import { byId, h } from './dom';
import { dateRange, MODE_LABEL, place } from './format';
import type { Store } from './store';
import type { Visit } from './types';

export class TimelineView {
  private readonly select = byId<HTMLSelectElement>('timeline-envoy');
  private readonly summary = byId('timeline-summary');
  private readonly list = byId('timeline-list');

  constructor(private readonly store: Store) {
    this.select.addEventListener('change', () => this.render());
    store.subscribe(() => this.render());
  }

  render(): void {
    const current = this.select.value || this.store.envoys[0]?.id;
    this.select.replaceChildren(...this.store.envoys.map((e) => h('option', { value: e.id, selected: e.id === current }, e.name)));
    const envoy = this.store.envoys.find((e) => e.id === current);
    if (!envoy) {
      this.summary.textContent = 'No envoys yet.';
      this.list.replaceChildren();
      return;
    }
    const visits = this.store.visitsOf(envoy.id);
    const planned = visits.filter((v) => v.mode === 'planned');
    const confirmed = planned.filter((v) => v.confirmedBy).length;
    this.summary.textContent = `${envoy.name}: ${visits.length - planned.length} happened, ${planned.length} planned (${confirmed} of them reported as happened).`;
    const today = new Date().toISOString().slice(0, 10);
    this.list.replaceChildren(...visits.map((v) => entry(v, today, this.store.fresh.has(v.id))));
  }
}

function entry(visit: Visit, today: string, fresh: boolean): HTMLLIElement {
  const planned = visit.mode === 'planned';
  const status = planned ? (visit.confirmedBy ? 'planned, then happened' : visit.date && visit.date < today ? 'planned, not reported as happened' : 'planned') : `happened (${MODE_LABEL[visit.mode]})`;
  return h(
    'li',
    { class: `timeline-entry ${planned ? 'planned' : 'happened'} mode-${visit.mode}${fresh ? ' fresh' : ''}`, 'data-visit-id': visit.id },
    h('time', { datetime: visit.date ?? undefined }, dateRange(visit.date, visit.endDate)),
    h('span', { class: 'place' }, place(visit.city, visit.country)),
    h('span', { class: `badge ${planned ? 'mode-planned' : `mode-${visit.mode}`}` }, status),
    visit.counterparts.length ? h('span', { class: 'muted' }, `met ${visit.counterparts.map((c) => c.name).join(', ')}`) : null,
  );
}
