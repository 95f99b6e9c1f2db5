// The trained network's loss landscape (Li et al., 2018): a 2-D slice through θ* along two random
// filter-normalised directions, or the PCA plane of the training trajectory with the path
// projected onto it; computed progressively in the network worker (coarse grid first, refined in
// place) with a progress bar and Cancel. Beside it: sharpness, and a 1-D filter-normalised line.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../controls/NumberField';
import type { NetKind } from '../../../math/nets/net';
import type { NetJob, NetResult, PlaneInfo } from '../../../math/nets/protocol';
import type { NetRun } from '../../../math/nets/train';
import { fmt } from '../../charts/format';
import { useSize } from '../../charts/useSize';
import { gridMinimum } from '../../landscape/surfaceGeometry';
import { JobButtons } from './JobButtons';
import { JobProgress } from './JobProgress';
import { NetSideViews } from './NetSideViews';
import { NumberSelect } from './NumberSelect';
import { PlaneChart } from './PlaneChart';
import { planeBase, planeGrid, planePaths } from './sliceView';
import { useNetJob } from './useNets';

type SliceResult = Extract<NetResult, { type: 'slice' }>;
type PlaneType = 'random' | 'pca';
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export interface NetLandscapeProps {
  kind: NetKind;
  run: NetRun;
  params: number;
}

interface SliceSettings {
  planeType: PlaneType;
  g: number;
  range: number;
  dirSeed: number;
}

/** A slice computed in the worker: its plane first, then its values level by level. */
function useSlice() {
  const [plane, setPlane] = useState<PlaneInfo | null>(null);
  const [values, setValues] = useState<Float32Array | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; stride: number } | null>(
    null,
  );
  const job = useNetJob<SliceResult>((m) => {
    if (m.type === 'plane') setPlane(m.plane);
    else if (m.type === 'level') {
      setValues(m.values);
      setProgress({ done: m.done, total: m.total, stride: m.stride });
    } else if (m.type === 'progress')
      setProgress((p) => ({ stride: p?.stride ?? 0, done: m.done, total: m.total }));
  });
  const start = (req: Extract<NetJob, { type: 'slice' }>) => {
    setPlane(null);
    setValues(null);
    setProgress(null);
    job.start(req);
  };
  return { plane, values, progress, job, start };
}
type Slice = ReturnType<typeof useSlice>;

/** The plane (PCA or random), the grid, the random plane's range and seed, Draw/Cancel, 3-D. */
function SliceControls(p: {
  set: SliceSettings;
  onSet(patch: Partial<SliceSettings>): void;
  running: boolean;
  onDraw(): void;
  onCancel(): void;
  show3d: boolean;
  on3d(on: boolean): void;
}) {
  const { t } = useTranslation();
  const { set, onSet } = p;
  return (
    <div className="ap-controls">
      <label className="ap-field">
        <span>{t('digits.landscape.plane')}</span>
        <select
          value={set.planeType}
          onChange={(e) => onSet({ planeType: e.target.value as PlaneType })}
          data-testid="dg-plane"
        >
          <option value="pca">{t('digits.landscape.pca')}</option>
          <option value="random">{t('digits.landscape.random')}</option>
        </select>
      </label>
      <NumberSelect
        label={t('digits.landscape.grid')}
        value={set.g}
        options={[21, 41]}
        onChange={(g) => onSet({ g })}
        format={(v) => `${v}×${v}`}
        testId="dg-grid"
      />
      {set.planeType === 'random' && (
        <>
          <NumberSelect
            label={t('digits.landscape.range')}
            value={set.range}
            options={[0.25, 0.5, 1, 2]}
            onChange={(range) => onSet({ range })}
            format={(v) => `±${v}`}
          />
          <NumberField
            className="ap-field"
            label={t('digits.landscape.dirSeed')}
            value={set.dirSeed}
            min={0}
            max={1e9}
            integer
            onCommit={(dirSeed) => onSet({ dirSeed })}
            testId="dg-dir-seed"
          />
        </>
      )}
      <JobButtons
        label={t('digits.landscape.draw')}
        running={p.running}
        restartable
        onStart={p.onDraw}
        onCancel={p.onCancel}
        testIds={['dg-draw', 'dg-slice-cancel']}
      />
      <label className="ap-check">
        <input type="checkbox" checked={p.show3d} onChange={(e) => p.on3d(e.target.checked)} />
        {t('digits.landscape.view3d')}
      </label>
    </div>
  );
}

/** Progress (coarse first), the time taken, cancelled or failed, and the PCA axes' shares. */
function SliceStatus({ slice }: { slice: Slice }) {
  const { t } = useTranslation();
  const { job, progress, plane } = slice;
  const done = job.state.status === 'done' ? job.state.result : null;
  return (
    <div
      className="ap-readout"
      aria-live="polite"
      data-testid="dg-slice-status"
      data-state={job.state.status}
    >
      {job.state.status === 'running' && progress && (
        <JobProgress
          max={progress.total}
          value={progress.done}
          text={t('digits.landscape.progress', progress)}
          note={progress.stride > 1 ? t('digits.landscape.coarse') : undefined}
        />
      )}
      {done && (
        <p>
          {t('digits.landscape.done', {
            g: done.plane.xs.length,
            s: (done.ms / 1000).toFixed(1),
            first: (done.firstMs / 1000).toFixed(1),
          })}
        </p>
      )}
      {job.state.status === 'cancelled' && <p>{t('digits.cancelled')}</p>}
      {job.state.status === 'error' && (
        <p className="ap-error">{t('digits.error', { message: job.state.message })}</p>
      )}
      {plane?.explained && (
        <p data-testid="dg-explained">
          {t('digits.landscape.explained', {
            a: pct(plane.explained[0]),
            b: pct(plane.explained[1]),
          })}
        </p>
      )}
    </div>
  );
}

export interface SliceChartProps {
  /** The plane (PCA or random) and its values so far; nothing is drawn before both. */
  plane: PlaneInfo | null;
  values: Float32Array | null;
  /** All levels have come (the values are final). */
  complete: boolean;
  kind: NetKind;
  show3d: boolean;
}

/** The slice as heatmap + contours (+ 3-D) with the projected path, and its lowest point. */
export function SliceChart({ plane, values, complete, kind, show3d }: SliceChartProps) {
  const { t } = useTranslation();
  const grid = useMemo(() => planeGrid(plane, values), [plane, values]);
  const min = useMemo(() => (grid ? gridMinimum(grid) : null), [grid]);
  const paths = useMemo(() => planePaths(plane, t('digits.landscape.path')), [plane, t]);
  const base = useMemo(() => planeBase(plane), [plane]);
  const [box, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const width = Math.min(560, Math.max(260, size.width));
  const height = Math.round(Math.min(440, width * 0.85));
  const isPca = plane?.explained !== undefined;
  const summary = t('digits.landscape.summary', {
    net: t(kind === 'cnn' ? 'digits.cnn' : 'digits.mlp'),
  });
  return (
    <div
      ref={box}
      className="dg-slice chart"
      data-testid="dg-slice"
      data-plane={isPca ? 'pca' : plane ? 'random' : ''}
      data-complete={complete ? 'true' : 'false'}
      data-min={min ? min.value : ''}
      data-path={plane?.path ? plane.path.x.length : 0}
    >
      {grid && base && (
        <PlaneChart
          grid={grid}
          base={base}
          paths={paths}
          labels={{
            w: isPca ? t('digits.landscape.pc1') : t('digits.landscape.alpha'),
            b: isPca ? t('digits.landscape.pc2') : t('digits.landscape.beta'),
            loss: t('digits.loss'),
            summary,
          }}
          symbols={{ w: isPca ? 'PC1' : 'α', b: isPca ? 'PC2' : 'β' }}
          width={width}
          height={height}
          show3d={show3d}
        />
      )}
      {min && (
        <p className="ap-note">
          {t('digits.landscape.minimum')}: {fmt(min.value)}
        </p>
      )}
    </div>
  );
}

export function NetLandscape({ kind, run, params }: NetLandscapeProps) {
  const { t } = useTranslation();
  const [set, setSet] = useState<SliceSettings>({ planeType: 'pca', g: 21, range: 1, dirSeed: 1 });
  const [show3d, setShow3d] = useState(false);
  const slice = useSlice();
  const draw = () =>
    slice.start({
      type: 'slice',
      kind,
      theta: run.theta,
      g: set.g,
      plane:
        set.planeType === 'random'
          ? { type: 'random', seed: set.dirSeed, range: set.range }
          : { type: 'pca', checkpoints: run.checkpoints, pad: 0.25 },
    });
  return (
    <section className="dg-landscape" aria-labelledby="dg-landscape-h" data-testid="dg-landscape">
      <h3 id="dg-landscape-h">{t('digits.landscape.title')}</h3>
      <p className="ap-note">{t('digits.landscape.note', { n: params })}</p>
      <SliceControls
        set={set}
        onSet={(patch) => setSet((s) => ({ ...s, ...patch }))}
        running={slice.job.state.status === 'running'}
        onDraw={draw}
        onCancel={slice.job.cancel}
        show3d={show3d}
        on3d={setShow3d}
      />
      <SliceStatus slice={slice} />
      <div className="dg-landscape-grid">
        <SliceChart
          plane={slice.plane}
          values={slice.values}
          complete={slice.job.state.status === 'done'}
          kind={kind}
          show3d={show3d}
        />
        <NetSideViews kind={kind} theta={run.theta} dirSeed={set.dirSeed} range={set.range} />
      </div>
    </section>
  );
}
