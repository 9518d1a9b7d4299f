/**
 * Scoring of predictions against gold annotations: a pure port of the shared scorer
 * (../shared/eval/score.mjs) with the same normalisation and matching rules, so the
 * project can measure itself without the shared folder.
 *
 * - visits: same envoy (titles ignored), same city (or both null with the same
 *   country), same mode; `visits_exact` also needs the same date.
 * - statements: same speaker and text similarity >= 0.6; `quotes_any_speaker` ignores the speaker.
 * - status: same state, and the same track or evidence similarity >= 0.5.
 * Greedy one-to-one matching; optional gold entries earn and cost nothing.
 */

export interface GoldVisit {
  envoy: string;
  city?: string | null;
  country?: string | null;
  date?: string | null;
  mode: string;
  counterparts?: string[];
  companions?: string[];
  optional?: boolean;
  evidence?: string;
}
export interface GoldStatement {
  speaker: string;
  text: string;
  type?: string;
  optional?: boolean;
  evidence?: string;
}
export interface GoldStatus {
  track: string;
  state: string;
  date?: string | null;
  optional?: boolean;
  evidence?: string;
}
export interface Annotation {
  visits?: GoldVisit[];
  statements?: GoldStatement[];
  status?: GoldStatus[];
}
export interface ScoredArticle {
  id: string;
  gold: Annotation;
  /** null when the prediction is missing (counts as empty) */
  pred: Annotation | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}
export const CATEGORIES = ['visits', 'visits_exact', 'counterparts', 'companions', 'statements', 'quotes_any_speaker', 'status'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface ArticleReport {
  id: string;
  visits: { missed: GoldVisit[]; spurious: GoldVisit[] };
  statements: { missed: GoldStatement[]; spurious: GoldStatement[] };
  status: { missed: GoldStatus[]; spurious: GoldStatus[] };
}
export interface ScoreResult {
  articles: number;
  summary: Record<Category, Prf>;
  accuracy: { visit_date: number | null; statement_type: number | null; status_date: number | null };
  report: ArticleReport[];
}

// ---------- normalisation ----------
export const fold = (s: unknown): string =>
  String(s ?? '')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const tokens = (s: unknown): string[] => fold(s).split(' ').filter(Boolean);
const TITLES = new Set(
  'gen general lt col colonel maj major adm admiral brig ambassador amb mr mrs ms dr sir sheikh mullah president prime minister pm secretary special representative envoy chief army staff foreign us u s senator sen deputy state the mohd'.split(
    ' ',
  ),
);
const personTokens = (s: unknown) => tokens(s).filter((t) => !TITLES.has(t));

export function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 1;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return n / (A.size + B.size - n);
}
function overlap(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return n / Math.min(A.size, B.size);
}

export function sameName(a: unknown, b: unknown): boolean {
  const x = personTokens(a);
  const y = personTokens(b);
  if (x.length && y.length) {
    if (x.join(' ') === y.join(' ')) return true;
    if (x[x.length - 1] === y[y.length - 1]) {
      if (x.length === 1 || y.length === 1) return true;
      if (x[0] === y[0] || (x[0][0] === y[0][0] && (x[0].length === 1 || y[0].length === 1))) return true;
      const X = new Set(x);
      const Y = new Set(y);
      if (x.every((t) => Y.has(t)) || y.every((t) => X.has(t))) return true;
    }
  }
  const STOP = new Set(['in', 'of', 'the', 'and', 's']);
  const p = tokens(a).filter((t) => !STOP.has(t));
  const q = tokens(b).filter((t) => !STOP.has(t));
  return p.length > 1 && q.length > 1 && jaccard(p, q) >= 0.5;
}

const CITY_ALIASES: Record<string, string> = {
  kiev: 'kyiv',
  peking: 'beijing',
  bombay: 'mumbai',
  'new york city': 'new york',
  'washington dc': 'washington',
  'washington d c': 'washington',
};
const city = (s: unknown) => {
  const f = fold(s);
  return CITY_ALIASES[f] ?? f;
};
function samePlace(g: GoldVisit, p: GoldVisit): boolean {
  if (g.city) return city(g.city) === city(p.city);
  if (p.city) return false;
  return !g.country || fold(g.country) === fold(p.country);
}
export function sameTrack(g: { track: string }, p: { track?: string }): boolean {
  const a = fold(g.track).replace(/ /g, '');
  const b = fold(p.track).replace(/ /g, '');
  if (a && a === b) return true;
  return jaccard(tokens(String(g.track).replace(/_/g, ' ')), tokens(String(p.track ?? '').replace(/_/g, ' '))) >= 0.5;
}
/** Word overlap over the shorter text, capped by twice the Jaccard index. */
export function textSim(a: unknown, b: unknown): number {
  const x = tokens(a);
  const y = tokens(b);
  return Math.min(overlap(x, y), 2 * jaccard(x, y));
}

// ---------- matching ----------
type Opt = { optional?: boolean };
function match<G extends Opt, P>(gold: G[], pred: P[], ok: (g: G, p: P) => boolean, score: (g: G, p: P) => number): Map<number, number> {
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const optional of [false, true]) {
    const pairs: Array<[number, number, number]> = [];
    gold.forEach((g, i) => {
      if (!!g.optional !== optional) return;
      pred.forEach((p, j) => {
        if (ok(g, p)) pairs.push([score(g, p), i, j]);
      });
    });
    // stable sort, like Array.prototype.sort in the shared scorer
    pairs.sort((a, b) => b[0] - a[0]);
    for (const [, i, j] of pairs) {
      if (gUsed.has(i) || pUsed.has(j)) continue;
      gUsed.set(i, j);
      pUsed.add(j);
    }
  }
  return gUsed;
}

const dateOf = (x: { date?: string | null }) => x.date ?? null;
const visitOk = (g: GoldVisit, p: GoldVisit) => sameName(g.envoy, p.envoy) && samePlace(g, p) && g.mode === p.mode;
const visitScore = (g: GoldVisit, p: GoldVisit) => (g.date === dateOf(p) ? 1 : 0);
const stmtOk = (g: GoldStatement, p: GoldStatement) => sameName(g.speaker, p.speaker) && textSim(g.text, p.text) >= 0.6;
const stmtScore = (g: GoldStatement, p: GoldStatement) => textSim(g.text, p.text);
const quoteOk = (g: GoldStatement, p: GoldStatement) => textSim(g.text, p.text) >= 0.6;
const statusOk = (g: GoldStatus, p: GoldStatus) => g.state === p.state && (sameTrack(g, p) || textSim(g.evidence, p.evidence ?? '') >= 0.5);
const statusScore = (g: GoldStatus, p: GoldStatus) => (g.date === dateOf(p) ? 1 : 0) + (sameTrack(g, p) ? 1 : 0);

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Score a set of articles; micro-averaged over all of them. */
export function score(articles: ScoredArticle[]): ScoreResult {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const acc = { visit_date: [0, 0], statement_type: [0, 0], status_date: [0, 0] };
  const report: ArticleReport[] = [];

  function tally<G extends Opt, P>(name: Category, gold: G[], pred: P[], m: Map<number, number>, extra?: (g: G, p: P) => void) {
    const t = totals[name];
    const matchedPred = new Set(m.values());
    gold.forEach((g, i) => {
      if (m.has(i)) {
        if (!g.optional) t.tp++;
        extra?.(g, pred[m.get(i)!]);
      } else if (!g.optional) t.fn++;
    });
    pred.forEach((_, j) => {
      if (!matchedPred.has(j)) t.fp++;
    });
    return { missed: gold.filter((g, i) => !m.has(i) && !g.optional), spurious: pred.filter((_, j) => !matchedPred.has(j)) };
  }
  function setScore(name: Category, g?: string[], p?: string[]) {
    const t = totals[name];
    const G: Array<{ x: string; optional?: boolean }> = (g ?? []).map((x) => ({ x }));
    const P = p ?? [];
    const m = match<{ x: string; optional?: boolean }, string>(G, P, (a, b) => sameName(a.x, b), () => 1);
    t.tp += m.size;
    t.fn += G.length - m.size;
    t.fp += P.length - m.size;
  }

  for (const { id, gold, pred: maybePred } of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const pred = maybePred ?? {};
    const gv = gold.visits ?? [];
    const pv = pred.visits ?? [];
    const rv = tally('visits', gv, pv, match(gv, pv, visitOk, visitScore), (g, p) => {
      acc.visit_date[1]++;
      if (g.date === dateOf(p)) acc.visit_date[0]++;
      setScore('counterparts', g.counterparts, p.counterparts);
      setScore('companions', g.companions, p.companions);
    });
    tally('visits_exact', gv, pv, match(gv, pv, (g, p) => visitOk(g, p) && g.date === dateOf(p), () => 1));

    const gs = gold.statements ?? [];
    const ps = pred.statements ?? [];
    const rs = tally('statements', gs, ps, match(gs, ps, stmtOk, stmtScore), (g, p) => {
      acc.statement_type[1]++;
      if (g.type === p.type) acc.statement_type[0]++;
    });
    tally('quotes_any_speaker', gs, ps, match(gs, ps, quoteOk, stmtScore));

    const gt = gold.status ?? [];
    const pt = pred.status ?? [];
    const rt = tally('status', gt, pt, match(gt, pt, statusOk, statusScore), (g, p) => {
      acc.status_date[1]++;
      if (g.date === dateOf(p)) acc.status_date[0]++;
    });
    report.push({ id, visits: rv, statements: rs, status: rt });
  }

  const summary = Object.fromEntries(CATEGORIES.map((c) => [c, prf(totals[c])])) as Record<Category, Prf>;
  const ratio = ([a, n]: number[]) => (n ? a / n : null);
  return {
    articles: articles.length,
    summary,
    accuracy: { visit_date: ratio(acc.visit_date), statement_type: ratio(acc.statement_type), status_date: ratio(acc.status_date) },
    report,
  };
}

/** The shared scorer's plain-text table (with MISSED/SPURIOUS lines when verbose). */
export function formatScore(r: ScoreResult, verbose = false): string {
  const lines: string[] = [];
  if (verbose) {
    const brief = (x: Record<string, unknown>) =>
      JSON.stringify(
        x.envoy ? [x.envoy, x.city, x.country, x.date, x.mode] : x.speaker ? [x.speaker, String(x.text).slice(0, 90)] : [x.track, x.state, x.date],
      );
    for (const a of r.report) {
      for (const k of ['visits', 'statements', 'status'] as const) {
        for (const g of a[k].missed) lines.push(`${a.id} ${k} MISSED   ${brief(g as unknown as Record<string, unknown>)}`);
        for (const p of a[k].spurious) lines.push(`${a.id} ${k} SPURIOUS ${brief(p as unknown as Record<string, unknown>)}`);
      }
    }
    lines.push('');
  }
  const pc = (x: number | null) => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));
  lines.push(`articles: ${r.articles}`);
  lines.push('category              P      R     F1     tp   fp   fn');
  for (const c of CATEGORIES) {
    const s = r.summary[c];
    lines.push(`${c.padEnd(20)} ${pc(s.p)}  ${pc(s.r)}  ${pc(s.f1)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  for (const [k, v] of Object.entries(r.accuracy)) lines.push(`accuracy ${k.padEnd(16)} ${pc(v)}`);
  const f = (k: Category) => r.summary[k].f1.toFixed(3);
  lines.push(`F1 visits_exact=${f('visits_exact')} visits=${f('visits')} statements=${f('statements')} status=${f('status')}`);
  return lines.join('\n');
}
