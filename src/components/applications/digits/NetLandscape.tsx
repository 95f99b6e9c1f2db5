// The trained network's loss landscape (Li et al., 2018): a 2-D slice through θ* along two random
// filter-normalised directions, or the PCA plane of the training trajectory with the path
// projected onto it; computed progressively in the network worker (coarse grid first, refined in
// place) with a progress bar and Cancel. Beside it: sharpness, and a 1-D filter-normalised line.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../controls/NumberField';
import type { NetKind } from '../../../math/nets/net';
import type { NetResult, PlaneInfo } from '../../../math/nets/protocol';
import type { NetRun } from '../../../math/nets/train';
import { fmt } from '../../charts/format';
import { colorAt } from '../../charts/palette';
import { useSize } from '../../charts/useSize';
import { Surface3D } from '../../landscape/Surface3D';
import { SurfaceHeatmap, type LandscapePath } from '../../landscape/SurfaceHeatmap';
import { gridMinimum, type Grid } from '../../landscape/surfaceGeometry';
import { JobButtons } from './JobButtons';
import { NetSideViews } from './NetSideViews';
import { NumberSelect } from './NumberSelect';
import { useNetJob } from './useNets';
import '../../landscape/landscape.css';

type SliceResult = Extract<NetResult, { type: 'slice' }>;
const noop = () => undefined;
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export interface NetLandscapeProps {
  kind: NetKind;
  run: NetRun;
  params: number;
}

export function NetLandscape({ kind, run, params }: NetLandscapeProps) {
  const { t } = useTranslation();
  const [planeType, setPlaneType] = useState<'random' | 'pca'>('pca');
  const [g, setG] = useState(21);
  const [range, setRange] = useState(1);
  const [dirSeed, setDirSeed] = useState(1);
  const [show3d, setShow3d] = useState(false);
  const [plane, setPlane] = useState<PlaneInfo | null>(null);
  const [values, setValues] = useState<Float32Array | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; stride: number } | null>(
    null,
  );
  const slice = useNetJob<SliceResult>((m) => {
    if (m.type === 'plane') setPlane(m.plane);
    else if (m.type === 'level') {
      setValues(m.values);
      setProgress({ done: m.done, total: m.total, stride: m.stride });
    } else if (m.type === 'progress')
      setProgress((p) => ({ stride: p?.stride ?? 0, done: m.done, total: m.total }));
  });
  const draw = () => {
    setPlane(null);
    setValues(null);
    setProgress(null);
    slice.start({
      type: 'slice',
      kind,
      theta: run.theta,
      g,
      plane:
        planeType === 'random'
          ? { type: 'random', seed: dirSeed, range }
          : { type: 'pca', checkpoints: run.checkpoints, pad: 0.25 },
    });
  };
  const grid: Grid | null = useMemo(
    () => (plane && values ? { w: plane.xs, b: plane.ys, values } : null),
    [plane, values],
  );
  const min = useMemo(() => (grid ? gridMinimum(grid) : null), [grid]);
  const paths: LandscapePath[] = useMemo(
    () =>
      plane?.path
        ? [
            {
              id: 'path',
              label: t('digits.landscape.path'),
              color: colorAt(1),
              w: plane.path.x,
              b: plane.path.y,
            },
          ]
        : [],
    [plane, t],
  );
  const base = useMemo(
    () =>
      plane
        ? {
            w: [plane.xs[0], plane.xs.at(-1)!] as [number, number],
            b: [plane.ys[0], plane.ys.at(-1)!] as [number, number],
          }
        : null,
    [plane],
  );
  const [box, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const width = Math.min(560, Math.max(260, size.width));
  const height = Math.round(Math.min(440, width * 0.85));
  const running = slice.state.status === 'running';
  const done = slice.state.status === 'done' ? slice.state.result : null;
  const isPca = plane?.explained !== undefined;
  const netName = t(kind === 'cnn' ? 'digits.cnn' : 'digits.mlp');

  return (
    <section className="dg-landscape" aria-labelledby="dg-landscape-h" data-testid="dg-landscape">
      <h3 id="dg-landscape-h">{t('digits.landscape.title')}</h3>
      <p className="ap-note">{t('digits.landscape.note', { n: params })}</p>
      <div className="ap-controls">
        <label className="ap-field">
          <span>{t('digits.landscape.plane')}</span>
          <select
            value={planeType}
            onChange={(e) => setPlaneType(e.target.value as 'random' | 'pca')}
            data-testid="dg-plane"
          >
            <option value="pca">{t('digits.landscape.pca')}</option>
            <option value="random">{t('digits.landscape.random')}</option>
          </select>
        </label>
        <NumberSelect
          label={t('digits.landscape.grid')}
          value={g}
          options={[21, 41]}
          onChange={setG}
          format={(v) => `${v}×${v}`}
          testId="dg-grid"
        />
        {planeType === 'random' && (
          <>
            <NumberSelect
              label={t('digits.landscape.range')}
              value={range}
              options={[0.25, 0.5, 1, 2]}
              onChange={setRange}
              format={(v) => `±${v}`}
            />
            <NumberField
              className="ap-field"
              label={t('digits.landscape.dirSeed')}
              value={dirSeed}
              min={0}
              max={1e9}
              integer
              onCommit={setDirSeed}
              testId="dg-dir-seed"
            />
          </>
        )}
        <JobButtons
          label={t('digits.landscape.draw')}
          running={running}
          restartable
          onStart={draw}
          onCancel={slice.cancel}
          testIds={['dg-draw', 'dg-slice-cancel']}
        />
        <label className="ap-check">
          <input type="checkbox" checked={show3d} onChange={(e) => setShow3d(e.target.checked)} />
          {t('digits.landscape.view3d')}
        </label>
      </div>
      <div
        className="ap-readout"
        aria-live="polite"
        data-testid="dg-slice-status"
        data-state={slice.state.status}
      >
        {running && progress && (
          <p>
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('digits.landscape.progress', progress)}
            />{' '}
            {t('digits.landscape.progress', progress)}
            {progress.stride > 1 && ` · ${t('digits.landscape.coarse')}`}
          </p>
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
        {slice.state.status === 'cancelled' && <p>{t('digits.cancelled')}</p>}
        {slice.state.status === 'error' && (
          <p className="ap-error">{t('digits.error', { message: slice.state.message })}</p>
        )}
        {isPca && plane?.explained && (
          <p data-testid="dg-explained">
            {t('digits.landscape.explained', {
              a: pct(plane.explained[0]),
              b: pct(plane.explained[1]),
            })}
          </p>
        )}
      </div>
      <div className="dg-landscape-grid">
        <div
          ref={box}
          className="dg-slice chart"
          data-testid="dg-slice"
          data-plane={isPca ? 'pca' : plane ? 'random' : ''}
          data-complete={slice.state.status === 'done' ? 'true' : 'false'}
          data-min={min ? min.value : ''}
          data-path={plane?.path ? plane.path.x.length : 0}
        >
          {grid && base && (
            <SurfaceHeatmap
              grid={grid}
              base={base}
              paths={paths}
              step={paths[0] ? paths[0].w.length - 1 : 0}
              width={width}
              height={height}
              labels={{
                w: isPca ? t('digits.landscape.pc1') : t('digits.landscape.alpha'),
                b: isPca ? t('digits.landscape.pc2') : t('digits.landscape.beta'),
                loss: t('digits.loss'),
                minimum: t('digits.landscape.minimum'),
                summary: t('digits.landscape.summary', { net: netName }),
              }}
              symbols={{ w: isPca ? 'PC1' : 'α', b: isPca ? 'PC2' : 'β' }}
              onView={noop}
            />
          )}
          {grid && show3d && (
            <Surface3D
              grid={grid}
              paths={paths}
              step={paths[0] ? paths[0].w.length - 1 : 0}
              width={width}
              height={height}
              label={t('digits.landscape.summary', { net: netName })}
            />
          )}
          {min && (
            <p className="ap-note">
              {t('digits.landscape.minimum')}: {fmt(min.value)}
            </p>
          )}
        </div>
        <NetSideViews kind={kind} theta={run.theta} dirSeed={dirSeed} range={range} />
      </div>
    </section>
  );
}
