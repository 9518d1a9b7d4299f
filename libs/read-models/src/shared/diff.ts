/** JSON with object keys sorted, so rows read back from jsonb compare equal to freshly computed ones. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface RowDiff<Row, Old = Row> {
  created: Row[];
  updated: Row[];
  removed: Old[];
}

/** What turns `existing` into `computed` (rows keyed by id); unchanged rows are in neither list. */
export function diffById<Row extends { id: string }, Old extends { id: string } = Row>(existing: Old[], computed: Row[]): RowDiff<Row, Old> {
  const before = new Map(existing.map((r) => [r.id, canonicalJson(r)]));
  const after = new Set(computed.map((r) => r.id));
  return {
    created: computed.filter((r) => !before.has(r.id)),
    updated: computed.filter((r) => before.has(r.id) && before.get(r.id) !== canonicalJson(r)),
    removed: existing.filter((r) => !after.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
