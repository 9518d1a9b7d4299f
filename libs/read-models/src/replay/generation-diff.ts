// What changed between two read-model generations (typically before and after an extractor upgrade): visits,
// statements and status claims added, removed or changed, grouped per envoy (speaker) and per track. Rows are
// matched by id, which every merged read model derives from its natural key (stableId of envoy, place, mode and
// first day for a visit; speaker, type and text for a statement; track, state and day for a claim), so a row with
// the same key and different content is "changed", and a moved key is one removal and one addition.
import { canonicalJson } from '../shared/diff';

export interface VisitRow {
  id: string;
  envoy: string;
  city: string | null;
  country: string | null;
  date: string | null;
  endDate: string | null;
  mode: string;
  [field: string]: unknown;
}

export interface StatementRow {
  id: string;
  speaker: string;
  type: string;
  text: string;
  date: string | null;
  tracks: string[];
  [field: string]: unknown;
}

export interface ClaimRow {
  id: string;
  track: string;
  state: string;
  date: string | null;
  effectiveDate: string | null;
  [field: string]: unknown;
}

export interface GenerationFacts {
  visits: VisitRow[];
  statements: StatementRow[];
  claims: ClaimRow[];
}

export interface DiffItem {
  id: string;
  label: string;
  /** for a changed row: the fields that differ */
  fields?: string[];
}

export interface ItemChanges {
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffItem[];
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface GenerationDiff {
  from: string;
  to: string;
  totals: { visits: ChangeCounts; statements: ChangeCounts; claims: ChangeCounts };
  /** per envoy: their visits and the statements they made */
  envoys: Array<{ envoy: string; visits: ItemChanges; statements: ItemChanges }>;
  /** per track: its status claims and the statements about it */
  tracks: Array<{ track: string; claims: ItemChanges; statements: ItemChanges }>;
}

/** Fields derived from others (partitioning, search vectors): never reported as changes of their own. */
const DERIVED_FIELDS = new Set(['id', 'bucket', 'search']);

const place = (v: VisitRow) => [v.city, v.country].filter(Boolean).join(', ') || 'unknown place';
export const visitLabel = (v: VisitRow) =>
  `${place(v)} ${v.date ?? 'undated'}${v.endDate && v.endDate !== v.date ? ` to ${v.endDate}` : ''} (${v.mode.replace(/_/g, ' ')})`;
const quote = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}...` : text);
export const statementLabel = (s: StatementRow) => `${s.speaker}, ${s.type}${s.date ? ` ${s.date}` : ''}: "${quote(s.text)}"`;
export const claimLabel = (c: ClaimRow) => `${c.state} ${c.effectiveDate ?? 'undated'}${c.date ? '' : ' (date of report)'}`;

interface Change<Row> {
  kind: keyof ItemChanges;
  row: Row;
  item: DiffItem;
}

function changesOf<Row extends { id: string }>(before: Row[], after: Row[], label: (row: Row) => string): Change<Row>[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const changes: Change<Row>[] = [];
  for (const row of after) {
    const previous = old.get(row.id);
    if (!previous) {
      changes.push({ kind: 'added', row, item: { id: row.id, label: label(row) } });
      continue;
    }
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(row)])]
      .filter((f) => !DERIVED_FIELDS.has(f) && canonicalJson(previous[f as keyof Row]) !== canonicalJson(row[f as keyof Row]))
      .sort();
    if (fields.length) changes.push({ kind: 'changed', row, item: { id: row.id, label: label(row), fields } });
  }
  for (const row of before) if (!now.has(row.id)) changes.push({ kind: 'removed', row, item: { id: row.id, label: label(row) } });
  return changes;
}

const emptyChanges = (): ItemChanges => ({ added: [], removed: [], changed: [] });
const counts = (changes: Change<unknown>[]): ChangeCounts => ({
  added: changes.filter((c) => c.kind === 'added').length,
  removed: changes.filter((c) => c.kind === 'removed').length,
  changed: changes.filter((c) => c.kind === 'changed').length,
});
const byLabel = (a: DiffItem, b: DiffItem) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1);

function group<K extends string>(keys: K[]): Map<string, Record<K, ItemChanges>> & { for(name: string): Record<K, ItemChanges> } {
  const map = new Map<string, Record<K, ItemChanges>>() as Map<string, Record<K, ItemChanges>> & { for(name: string): Record<K, ItemChanges> };
  map.for = (name) => {
    let entry = map.get(name);
    if (!entry) map.set(name, (entry = Object.fromEntries(keys.map((k) => [k, emptyChanges()])) as Record<K, ItemChanges>));
    return entry;
  };
  return map;
}

function sorted<K extends string>(entries: Map<string, Record<K, ItemChanges>>) {
  return [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, changes]) => {
      for (const c of Object.values<ItemChanges>(changes)) for (const list of Object.values(c)) list.sort(byLabel);
      return [name, changes] as const;
    });
}

/** Pure: the changelog from generation `from` (facts `before`) to generation `to` (facts `after`). */
export function diffGenerations(from: string, before: GenerationFacts, to: string, after: GenerationFacts): GenerationDiff {
  const visits = changesOf(before.visits, after.visits, visitLabel);
  const statements = changesOf(before.statements, after.statements, statementLabel);
  const claims = changesOf(before.claims, after.claims, claimLabel);

  const envoys = group<'visits' | 'statements'>(['visits', 'statements']);
  const tracks = group<'claims' | 'statements'>(['claims', 'statements']);
  for (const c of visits) envoys.for(c.row.envoy).visits[c.kind].push(c.item);
  for (const c of statements) {
    envoys.for(c.row.speaker).statements[c.kind].push(c.item);
    for (const track of c.row.tracks ?? []) tracks.for(track).statements[c.kind].push(c.item);
  }
  for (const c of claims) tracks.for(c.row.track).claims[c.kind].push(c.item);

  return {
    from,
    to,
    totals: { visits: counts(visits), statements: counts(statements), claims: counts(claims) },
    envoys: sorted(envoys).map(([envoy, c]) => ({ envoy, ...c })),
    tracks: sorted(tracks).map(([track, c]) => ({ track, ...c })),
  };
}

export const isEmptyDiff = (diff: GenerationDiff): boolean =>
  Object.values(diff.totals).every((c) => c.added + c.removed + c.changed === 0);

/** The diff as lines for a terminal: totals, then each envoy and track with + added, - removed, ~ changed (fields). */
export function formatGenerationDiff(diff: GenerationDiff): string[] {
  const total = (name: string, c: ChangeCounts) => `${name} +${c.added} -${c.removed} ~${c.changed}`;
  const lines = [
    `${diff.from} -> ${diff.to}: ${total('visits', diff.totals.visits)}, ${total('statements', diff.totals.statements)}, ${total('status claims', diff.totals.claims)}`,
  ];
  if (isEmptyDiff(diff)) return [...lines, 'no visit, statement or status claim changed'];
  const items = (noun: string, changes: ItemChanges) => [
    ...changes.added.map((i) => `  + ${noun} ${i.label}`),
    ...changes.removed.map((i) => `  - ${noun} ${i.label}`),
    ...changes.changed.map((i) => `  ~ ${noun} ${i.label} (${i.fields!.join(', ')})`),
  ];
  for (const e of diff.envoys) lines.push(`envoy ${e.envoy}`, ...items('visit', e.visits), ...items('statement', e.statements));
  for (const t of diff.tracks) lines.push(`track ${t.track}`, ...items('status claim', t.claims), ...items('statement', t.statements));
  return lines;
}
