/**
 * Regression floors: extract the annotated fixture articles (tests/fixtures/seeds and
 * the dev set tests/fixtures/dev) and score them with the library's scorer. Floors sit
 * just under the measured scores, so a regression fails CI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extract } from '../extract';
import { readMeta } from '../cli/args';
import { score, formatScore, type Annotation, type ScoredArticle } from './score';

const FIXTURES = path.resolve(__dirname, '../../../../tests/fixtures');

function scoreDir(dir: string) {
  const ids = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .sort();
  const articles: ScoredArticle[] = ids.map((id) => {
    const metaFile = path.join(dir, `${id}.meta.json`);
    const meta = readMeta(fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {});
    const pred = extract({ id, text: fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8'), ...meta });
    return { id, gold: JSON.parse(fs.readFileSync(path.join(dir, `${id}.gold.json`), 'utf8')) as Annotation, pred };
  });
  return { n: ids.length, result: score(articles) };
}

describe('extraction quality on the seed articles', () => {
  const { n, result } = scoreDir(path.join(FIXTURES, 'seeds'));
  const f1 = (k: keyof typeof result.summary) => result.summary[k].f1;

  it('scores all five seed articles', () => {
    expect(n).toBe(5);
  });

  it('keeps visits, exact visits, statements and status above their floors', () => {
    const got = { visits: f1('visits'), visits_exact: f1('visits_exact'), statements: f1('statements'), status: f1('status') };
    const floors = { visits: 0.95, visits_exact: 0.95, statements: 0.95, status: 0.95 };
    for (const k of Object.keys(floors) as Array<keyof typeof floors>) {
      if (got[k] < floors[k]) throw new Error(`${k} F1 ${got[k].toFixed(3)} < ${floors[k]}\n${formatScore(result, true)}`);
    }
    expect(got.visits).toBeGreaterThanOrEqual(floors.visits);
  });
});

describe('extraction quality on the dev articles (other conflicts and outlets)', () => {
  const { n, result } = scoreDir(path.join(FIXTURES, 'dev'));
  const f1 = (k: keyof typeof result.summary) => result.summary[k].f1;

  it('scores every annotated dev article', () => {
    expect(n).toBeGreaterThanOrEqual(15);
  });

  it('keeps visits, exact visits, statements and status above their floors', () => {
    const got = { visits: f1('visits'), visits_exact: f1('visits_exact'), statements: f1('statements'), status: f1('status') };
    const floors = { visits: 0.95, visits_exact: 0.9, statements: 0.95, status: 0.95 };
    for (const k of Object.keys(floors) as Array<keyof typeof floors>) {
      if (got[k] < floors[k]) throw new Error(`${k} F1 ${got[k].toFixed(3)} < ${floors[k]}\n${formatScore(result, true)}`);
    }
    expect(got.visits).toBeGreaterThanOrEqual(floors.visits);
  });
});

/**
 * Held-out sets: articles on processes and envoys the rules were not written for. `holdout` was
 * used while generalising the rules (issues #6 and #7); `holdout2` was written afterwards (and, from 1.19.x on,
 * looked at while fixing general weaknesses); `holdout3` was written and scored before 1.19.0, `holdout4` before 1.19.12,
 * `holdout5` before 1.19.16, `holdout6` before 1.19.20, `holdout7` before 1.19.34, `holdout8` before 1.19.47, `holdout9` before 1.19.71, `holdout10` before 1.19.90, `holdout11` before 1.19.107, `holdout12` before 1.19.139, `holdout13` before 1.19.155, `holdout14` before 1.19.168, `holdout15` before 1.19.187, `holdout16` before 1.19.202, `holdout17` before 1.19.212, `holdout18` before 1.19.227, `holdout19` before 1.19.236, `holdout20` before 1.19.245, `holdout21` before 1.19.258, `holdout22` before 1.19.280, `holdout23` before 1.19.302, `holdout24` before 1.19.305, `holdout25` at 1.19.306 and `holdout26` at 1.19.309 (both written blind), `holdout27`, `holdout28` and `holdout29` at 1.19.323, `holdout30` at 1.19.409, `holdout31` at 1.19.510 and `holdout32` at 1.19.606 (all three written blind). Their floors sit below the scores measured then: they catch a loss of generality, not
 * a missing point.
 */
describe.each([
  ['holdout', 12, { visits: 0.95, visits_exact: 0.91, statements: 0.93, status: 0.88 }],
  ['holdout2', 7, { visits: 0.75, visits_exact: 0.75, statements: 0.75, status: 0.55 }],
  // holdout3: first scored at 1.18.0 before any change (visits 0.772, exact 0.759, statements 0.877, status 0.722),
  // then used to find the weaknesses fixed in 1.19.x; the floor sits a little under the score reached (1.000, 0.984, 1.000, 0.971)
  ['holdout3', 10, { visits: 0.95, visits_exact: 0.93, statements: 0.95, status: 0.9 }],
  // dev2: four batches of five, each first scored before the rules were tuned on it (see its README); 1.19.11 scores
  // visits 0.968, exact 0.917, statements 0.982, status 0.927
  ['dev2', 20, { visits: 0.93, visits_exact: 0.88, statements: 0.95, status: 0.88 }],
  // holdout4: first scored at 1.19.11 before any change (visits 0.791, exact 0.651, statements 0.839 on the corrected
  // gold, status 0.653), then used to find the weaknesses fixed in 1.19.12-1.19.19; 1.19.19 scores 0.969, 0.928, 0.954, 0.968
  ['holdout4', 15, { visits: 0.94, visits_exact: 0.9, statements: 0.93, status: 0.93 }],
  // holdout5: written after holdout4's tuning, first scored at 1.19.15 (visits 0.720, exact 0.600, statements 0.928 on the
  // corrected gold, status 0.571), then tuned on in 1.19.16; 1.19.19 scores 0.885, 0.769, 0.972, 0.919 (1.19.75, named
  // groups of envoys: visits 0.964, exact 0.857)
  ['holdout5', 10, { visits: 0.97, visits_exact: 0.86, statements: 0.97, status: 0.94 }],
  // holdout6: written after holdout5's tuning, first scored at 1.19.19 (visits 0.579, exact 0.500, statements 0.982,
  // status 0.735), then tuned on in 1.19.20-1.19.32; 1.19.32 scores 0.898, 0.880, 1.000, 0.983
  ['holdout6', 12, { visits: 0.87, visits_exact: 0.85, statements: 0.97, status: 0.95 }],
  // holdout7: written after holdout6's tuning, first scored at 1.19.33 (visits 0.731, exact 0.615, statements 0.921,
  // status 0.815), then tuned on in 1.19.34-1.19.42; 1.19.42 scores 0.931, 0.897, 1.000, 0.968
  ['holdout7', 10, { visits: 0.9, visits_exact: 0.86, statements: 0.97, status: 0.94 }],
  // holdout8: written after holdout7's tuning, first scored at 1.19.46 (visits 0.712, exact 0.690, statements 0.828 on the
  // corrected gold, status 0.870), then tuned on in 1.19.47-1.19.64; 1.19.57 scores 1.000, 0.966, 1.000, 1.000 (1.19.64: exact 1.000)
  ['holdout8', 10, { visits: 0.96, visits_exact: 0.93, statements: 0.96, status: 0.95 }],
  // holdout9: written after 1.19.70, first scored at 1.19.70 (visits 0.630, exact 0.575, statements 0.854, status 0.903 on
  // the corrected gold), then tuned on in 1.19.71-1.19.89; 1.19.74 scores 0.658, 0.603, 0.854, 0.970, 1.19.89 scores
  // 0.989, 0.979, 0.979, 1.000
  ['holdout9', 10, { visits: 0.95, visits_exact: 0.94, statements: 0.95, status: 0.97 }],
  // holdout10: written at 1.19.84, first scored at 1.19.84 (visits 0.618, exact 0.618, statements 0.848, status 0.563),
  // then tuned on in 1.19.90-1.19.102; 1.19.98 scores 0.642, 0.642, 0.896, 0.811; 1.19.102 scores 0.780, 0.780, 0.896, 0.811;
  // 1.19.106 scores 0.780, 0.780, 0.970, 0.811; 1.19.299 scores 0.780, 0.780, 0.990, 0.900
  // holdout10: 1.22.508 scores 0.923, 0.879, 0.990, 0.923 (visits, exact, statements, status); floors a little below
  ['holdout10', 10, { visits: 0.89, visits_exact: 0.84, statements: 0.96, status: 0.92 }],
  // holdout11: written at 1.19.106, first scored at 1.19.106 (visits 0.721, exact 0.645, statements 0.833, status 0.703;
  // statements 0.857 on the corrected gold), then tuned on in 1.19.107-1.19.138; 1.19.138 scores 0.912, 0.870, 1.000, 0.857
  // (1.19.300: status 0.889)
  ['holdout11', 10, { visits: 0.88, visits_exact: 0.85, statements: 0.97, status: 0.91 }],
  // holdout12: written at 1.19.138, first scored at 1.19.138 (visits 0.481, exact 0.407, statements 0.762, status 0.640;
  // statements 0.781 on the corrected gold), then tuned on in 1.19.139-1.19.154; 1.19.154 scores 0.759, 0.667, 0.930, 0.867
  // (1.19.167: 0.780, 0.712)
  // holdout12: 1.22.508 scores 0.921, 0.857, 0.986, 0.929 (visits, exact, statements, status); floors a little below
  ['holdout12', 10, { visits: 0.89, visits_exact: 0.85, statements: 0.95, status: 0.89 }],
  // holdout13: written at 1.19.154, first scored at 1.19.154 (visits 0.563, exact 0.411, statements 0.818, status 0.821;
  // status 0.865 on the corrected gold), then tuned on in 1.19.155-1.19.167; 1.19.167 scores 0.773, 0.649, 0.901, 0.944
  // holdout13: 1.22.508 scores 0.886, 0.790, 0.986, 0.973 (visits, exact, statements, status); floors a little below
  ['holdout13', 10, { visits: 0.89, visits_exact: 0.81, statements: 0.95, status: 0.94 }],
  // holdout14: written at 1.19.167, first scored at 1.19.167 (visits 0.835, exact 0.699, statements 0.787, status 0.813;
  // 0.868, 0.725, 0.871, 0.882 on the corrected gold), then tuned on in 1.19.168-1.19.186; 1.19.186 scores 0.976, 0.860,
  // 1.000, 1.000
  ['holdout14', 10, { visits: 0.94, visits_exact: 0.85, statements: 0.97, status: 0.97 }],
  // holdout15: written at 1.19.186, first scored at 1.19.186 (visits 0.653, exact 0.612, statements 0.947, status 0.750),
  // then tuned on in 1.19.187-1.19.201; 1.19.201 scores 0.881, 0.814, 0.966, 1.000 (floors with holdout14's margins)
  // holdout15: 1.22.508 scores 0.937, 0.906, 0.982, 1.000 (visits, exact, statements, status); floors a little below
  ['holdout15', 10, { visits: 0.95, visits_exact: 0.92, statements: 0.95, status: 0.97 }],
  // holdout16: written at 1.19.201, first scored at 1.19.201 (visits 0.780, exact 0.780, statements 0.864, status 0.500;
  // statements 0.884 on the corrected gold), then tuned on in 1.19.202-1.19.211; 1.19.211 scores 0.857, 0.857, 1.000,
  // 0.889 (floors with holdout15's margins)
  // holdout16: 1.22.508 scores 0.857, 0.857, 1.000, 0.947 (visits, exact, statements, status); floors a little below
  ['holdout16', 10, { visits: 0.82, visits_exact: 0.82, statements: 0.97, status: 0.91 }],
  // holdout17: written at 1.19.211, first scored at 1.19.211 (visits 0.826, exact 0.696, statements 0.980, status 0.818),
  // then tuned on in 1.19.212-1.19.226; 1.19.226 scores 0.958, 0.917, 1.000, 1.000 (floors with holdout16's margins)
  ['holdout17', 10, { visits: 0.9, visits_exact: 0.87, statements: 0.94, status: 0.94 }],
  // holdout18: written at 1.19.226, first scored at 1.19.226 (visits 0.919, exact 0.811, statements 0.884, status 0.667;
  // status 0.824 on the corrected gold), then tuned on in 1.19.227-1.19.235; 1.19.235 scores 0.947, 0.947, 0.978, 0.947
  // (floors with holdout17's margins)
  ['holdout18', 10, { visits: 0.89, visits_exact: 0.89, statements: 0.93, status: 0.89 }],
  // holdout19: written at 1.19.235, first scored at 1.19.235 (visits 0.851, exact 0.809, statements 0.955, status 0.889;
  // statements 0.977 on the corrected gold), then tuned on in 1.19.236-1.19.244; 1.19.244 scores 0.957, 0.913, 1.000,
  // 1.000 (floors with holdout18's margins)
  ['holdout19', 10, { visits: 0.94, visits_exact: 0.94, statements: 0.97, status: 0.97 }],
  // holdout20: written at 1.19.244, first scored at 1.19.244 (visits 0.741, exact 0.667, statements 0.897, status 0.769),
  // then tuned on in 1.19.245-1.19.257; 1.19.257 scores 0.931, 0.862, 0.984, 1.000 (floors with holdout19's margins)
  ['holdout20', 10, { visits: 0.97, visits_exact: 0.9, statements: 0.97, status: 0.97 }],
  // holdout21: written at 1.19.249, first scored at 1.19.244 (visits 0.655, exact 0.655, statements 0.875, status 0.788) and
  // at 1.19.257 (0.655, 0.655, 0.875, 0.824), then tuned on in 1.19.258-1.19.279; 1.19.279 scores 1.000, 1.000, 1.000,
  // 1.000 (floors with holdout20's margins)
  ['holdout21', 10, { visits: 0.95, visits_exact: 0.95, statements: 0.95, status: 0.94 }],
  // holdout22: written at 1.19.279, first scored there (visits 0.638, exact 0.638, statements 0.800, status 0.621 as first
  // annotated; 0.638, 0.638, 0.820, 0.667 on the corrected gold), then tuned on in 1.19.280-1.19.286; 1.19.286 scores
  // 0.735, 0.694, 0.971, 0.813; tuned on again in 1.19.287-1.19.297, 1.19.297 scores 0.960, 0.920, 1.000, 0.938
  ['holdout22', 10, { visits: 0.93, visits_exact: 0.89, statements: 0.97, status: 0.9 }],
  // holdout23: written at 1.19.289, first scored there (visits 0.658, exact 0.600, statements 0.857, status 0.609) and
  // unchanged at 1.19.301; not tuned on yet (floors a little below the blind score)
  // holdout23: 1.22.508 scores 0.874, 0.831, 0.934, 0.851 (visits, exact, statements, status); floors a little below
  ['holdout23', 10, { visits: 0.86, visits_exact: 0.82, statements: 0.91, status: 0.84 }],
  // holdout24: written at 1.19.301, first scored at 1.19.303 (visits 0.634, exact 0.554, statements 0.842, status 0.800;
  // the same at 1.19.301), then tuned on in 1.19.305-1.19.317; 1.19.319 scores 0.796, 0.718, 0.889, 0.889
  // holdout24: 1.22.508 scores 0.882, 0.804, 0.947, 0.938 (visits, exact, statements, status); floors a little below
  ['holdout24', 10, { visits: 0.86, visits_exact: 0.78, statements: 0.92, status: 0.92 }],
  // holdout25: written at 1.19.304-1.19.306, first scored at 1.19.306 (visits 0.511, exact 0.467, statements 0.793,
  // status 0.723; 0.517, 0.472, 0.793, 0.723 at 1.19.304); tuned on in 1.19.320-1.19.322, 1.19.322 scores 0.523, 0.477,
  // 0.793, 0.723 (floors a little below the blind score)
  // holdout25: 1.22.508 scores 0.716, 0.653, 0.959, 0.929 (visits, exact, statements, status); floors a little below
  ['holdout25', 10, { visits: 0.79, visits_exact: 0.73, statements: 0.93, status: 0.89 }],
  // holdout26: written at 1.19.304-1.19.309, first scored at 1.19.309 (visits 0.693, exact 0.602, statements 0.863,
  // status 0.744; the same at 1.19.304); tuned on in 1.19.320-1.19.322, 1.19.322 scores 0.729, 0.642, 0.863, 0.744
  // holdout26: 1.22.508 scores 0.887, 0.810, 0.952, 0.913 (visits, exact, statements, status); floors a little below
  ['holdout26', 10, { visits: 0.86, visits_exact: 0.78, statements: 0.96, status: 0.9 }],
  // holdout27: written at 1.19.323, first scored then (visits 0.607, exact 0.533, statements 0.716, status 0.704; with
  // knowledge entries then uncommitted 0.632, 0.544, 0.729, 0.704)
  // tuned on in 1.19.400-1.19.408; 1.19.409 scores 0.723, 0.638, 0.820, 0.704
  // holdout27: 1.22.508 scores 0.831, 0.761, 0.982, 0.821 (visits, exact, statements, status); floors a little below
  ['holdout27', 10, { visits: 0.82, visits_exact: 0.75, statements: 0.96, status: 0.88 }],
  // holdout28: written at 1.19.323-1.19.324, first scored with uncommitted 1.19.324 changes (visits 0.421, exact 0.358,
  // statements 0.713, status 0.682); at the committed 1.19.323 0.412, 0.348, 0.733, 0.682
  // tuned on in 1.19.400-1.19.408; 1.19.409 scores 0.653, 0.597, 0.904, 0.682
  // holdout28: 1.22.508 scores 0.819, 0.738, 0.983, 0.906 (visits, exact, statements, status); floors a little below
  ['holdout28', 10, { visits: 0.84, visits_exact: 0.77, statements: 0.95, status: 0.89 }],
  // holdout29: written blind at 1.19.323-1.19.329 and not scored by its writer; first scored at the committed 1.19.323
  // (visits 0.667, exact 0.565, statements 0.774, status 0.419); tuned on from 1.19.511 on (1.19.706: 0.752, 0.630,
  // 0.876, 0.652; 1.20.507: 0.809, 0.692, 0.914, 0.681)
  // holdout29: 1.22.508 scores 0.842, 0.726, 0.952, 0.808 (visits, exact, statements, status); floors a little below
  ['holdout29', 10, { visits: 0.84, visits_exact: 0.72, statements: 0.93, status: 0.83 }],
  // holdout30: written blind at 1.19.409 (the extractor changed to 1.19.420 meanwhile, unread by its writer) and not
  // scored by its writer; first scored at the committed 1.19.409 (visits 0.522, exact 0.466, statements 0.783, status
  // 0.444); 1.19.510 (not tuned on): 0.526, 0.487, 0.783, 0.489; tuned on from 1.19.607 on (1.19.706: 0.678, 0.621,
  // 0.839, 0.609; 1.20.507: 0.770, 0.715, 0.875, 0.735)
  // holdout30: 1.22.508 scores 0.793, 0.738, 0.957, 0.868 (visits, exact, statements, status); floors a little below
  ['holdout30', 10, { visits: 0.8, visits_exact: 0.76, statements: 0.94, status: 0.89 }],
  // holdout31: written blind at 1.19.510 (1.19.512 when finished, unread by its writer) and not scored by its writer;
  // first scored at the committed 1.19.510 (visits 0.554, exact 0.446, statements 0.713, status 0.644); not tuned on
  // yet at 1.19.520 (0.554, 0.446, 0.750, 0.644) nor 1.19.706 (0.589, 0.481, 0.750, 0.644); tuned on from 1.19.708 on
  // (1.19.806: 0.656, 0.550, 0.876, 0.667; 1.20.507: 0.741, 0.652, 0.897, 0.667)
  // holdout31: 1.22.508 scores 0.797, 0.710, 0.927, 0.870 (visits, exact, statements, status); floors a little below
  ['holdout31', 10, { visits: 0.83, visits_exact: 0.75, statements: 0.91, status: 0.87 }],
  // holdout32: written blind at 1.19.606 (1.19.610 when finished, unread by its writer) and not scored by its writer;
  // first scored at the committed 1.19.606 (visits 0.509, exact 0.436, statements 0.835, status 0.687); not tuned on
  // yet at 1.19.613, 1.19.706 and 1.19.806 (0.547, 0.472, 0.835, 0.687); tuned on from 1.19.900 on (1.20.006: 0.625,
  // 0.554, 0.916, 0.746; 1.20.507: 0.712, 0.644, 0.930, 0.812)
  // holdout32: 1.22.508 scores 0.717, 0.667, 0.977, 0.845 (visits, exact, statements, status); floors a little below
  ['holdout32', 10, { visits: 0.72, visits_exact: 0.69, statements: 0.94, status: 0.87 }],
  // holdout33: written blind at 1.19.806 (1.19.902 when finished, unread by its writer) and not scored by its writer;
  // first scored at the committed 1.19.806 (visits 0.495, exact 0.418, statements 0.734, status 0.563); not tuned on
  // before 1.21.100 (1.20.006: 0.495, 0.418, 0.795, 0.606), tuned on from 1.21.100 on
  // holdout33: 1.22.508 scores 0.727, 0.607, 0.989, 0.883 (visits, exact, statements, status); floors a little below
  ['holdout33', 10, { visits: 0.72, visits_exact: 0.65, statements: 0.95, status: 0.87 }],
  // holdout34: written blind at 1.20.006 (1.20.101 when finished, unread by its writer) and not scored by its writer;
  // first scored at the committed 1.20.006 (visits 0.815, exact 0.687, statements 0.911, status 0.679); not tuned on
  // before 1.22.000 (1.21.109: 0.815, 0.687, 0.938, 0.667), tuned on from 1.22.000 on
  // holdout34: 1.22.508 scores 0.889, 0.824, 0.976, 0.867 (visits, exact, statements, status); floors a little below
  ['holdout34', 10, { visits: 0.86, visits_exact: 0.8, statements: 0.97, status: 0.87 }],
  // holdout35: written blind at 1.20.507 (unchanged when finished, unread by its writer) and not scored by its writer;
  // first scored at the committed 1.20.507 (visits 0.889, exact 0.780, statements 0.863, status 0.627); tuned on from
  // 1.24.000 (floors a little below its figures at 1.24.503)
  ['holdout35', 10, { visits: 0.88, visits_exact: 0.79, statements: 0.89, status: 0.9 }],
  // holdout36: written blind at 1.21.109 (unchanged when finished) without running the extractor; first scored at the
  // committed 1.21.109 (visits 0.723, exact 0.645, statements 0.804, status 0.554); tuned on from 1.25.000 (floors a
  // little below its figures at 1.25.502)
  ['holdout36', 10, { visits: 0.86, visits_exact: 0.78, statements: 0.9, status: 0.83 }],
  // holdout37: written blind at 1.22.501 (unchanged when finished) without running the extractor; first scored at the
  // committed 1.22.501 (visits 0.720, exact 0.660, statements 0.784, status 0.769); blind until 1.25.502 (visits 0.781,
  // exact 0.724, statements 0.792, status 0.769), tuned on from 1.25.600 (floors a little below its figures at 1.25.753)
  ['holdout37', 10, { visits: 0.94, visits_exact: 0.89, statements: 0.87, status: 0.89 }],
  // holdout38: written blind at 1.23.300 without running the extractor or reading its code; first scored at the
  // committed 1.23.300 (visits 0.809, exact 0.800, statements 0.827, status 0.755); blind until 1.25.806 (visits 0.821,
  // exact 0.813, statements 0.842, status 0.755), tuned on from 1.26.100 (floors a little below its figures at 1.26.900)
  ['holdout38', 10, { visits: 0.94, visits_exact: 0.93, statements: 0.94, status: 0.93 }],
  // holdout39: written blind at 1.24.503 without running the extractor or reading its code; first scored at the
  // committed 1.24.503 (visits 0.828, exact 0.700, statements 0.885, status 0.750); blind until 1.26.900 (visits 0.840,
  // exact 0.733, statements 0.885, status 0.750), tuned on from 1.27.100 (floors a little below its figures at 1.27.900)
  ['holdout39', 10, { visits: 0.96, visits_exact: 0.93, statements: 0.92, status: 0.91 }],
  // holdout40: written blind at 1.25.806 without running the extractor or reading its code; first scored at the
  // committed 1.25.806 (visits 0.729, exact 0.687, statements 0.899, status 0.717); not tuned on (floors a little below)
  ['holdout40', 10, { visits: 0.68, visits_exact: 0.63, statements: 0.85, status: 0.66 }],
  // holdout41: written blind at 1.26.900 without running the extractor or reading its code; first scored at the
  // committed 1.26.900 (visits 0.719, exact 0.643, statements 0.916, status 0.724); not tuned on (floors a little below)
  ['holdout41', 10, { visits: 0.67, visits_exact: 0.59, statements: 0.86, status: 0.67 }],
  // holdout42: written blind at 1.28.900 without running the extractor or reading its code; first scored at the
  // committed 1.28.900 (visits 0.773, exact 0.722, statements 0.755, status 0.609)
  ['holdout42', 10, { visits: 0.74, visits_exact: 0.69, statements: 0.72, status: 0.57 }],
  // holdout43: written blind at 1.28.900 without running the extractor or reading its code; first scored at the
  // committed 1.28.900 (visits 0.680, exact 0.660, statements 0.886, status 0.618)
  ['holdout43', 10, { visits: 0.65, visits_exact: 0.63, statements: 0.85, status: 0.58 }],
] as const)('extraction quality on the %s articles (unseen processes)', (dirName, minArticles, floors) => {
  const { n, result } = scoreDir(path.join(FIXTURES, dirName));
  const f1 = (k: keyof typeof result.summary) => result.summary[k].f1;

  it('scores every annotated article', () => {
    expect(n).toBeGreaterThanOrEqual(minArticles);
  });

  it('keeps visits, exact visits, statements and status above their floors', () => {
    const got = { visits: f1('visits'), visits_exact: f1('visits_exact'), statements: f1('statements'), status: f1('status') };
    for (const k of Object.keys(floors) as Array<keyof typeof floors>) {
      if (got[k] < floors[k]) throw new Error(`${k} F1 ${got[k].toFixed(3)} < ${floors[k]}\n${formatScore(result, true)}`);
    }
    expect(got.visits).toBeGreaterThanOrEqual(floors.visits);
  });
});
