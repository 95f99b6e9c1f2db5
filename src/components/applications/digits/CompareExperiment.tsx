// Li et al. (2018) §5 on the digits, as a background experiment in the network worker: the CNN
// trained with batch 16 and with the full batch, without and with weight decay; each solution's
// filter-normalised 2-D slice (one colour scale and one set of contour levels for all four), its
// 1-D lines (one y range), test error and sharpness. Progress and Cancel; runs appear as they end.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPARE_DEFAULTS,
  compareConfigs,
  type CompareRun,
  type CompareSpec,
} from '../../../math/nets/compare';
import type { NetResult } from '../../../math/nets/protocol';
import { fmt } from '../../charts/format';
import { LineChart } from '../../charts/LineChart';
import { CompareMap } from './CompareMap';
import {
  decaySeries,
  finishedRuns,
  linesTop,
  sharedScale,
  type CompareConfig,
} from './compareView';
import { JobButtons } from './JobButtons';
import { JobProgress } from './JobProgress';
import { NumberSelect } from './NumberSelect';
import { useNetJob } from './useNets';

type CompareResult = Extract<NetResult, { type: 'compare' }>;
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const GRIDS = [11, 21];

type Runs = (CompareRun | undefined)[];
type Name = (c: CompareConfig) => string;

/** Each run's solution: epochs, training loss, test error, sharpness and ‖θ*‖. */
function CompareTable({
  configs,
  runs,
  name,
}: {
  configs: CompareConfig[];
  runs: Runs;
  name: Name;
}) {
  const { t } = useTranslation();
  return (
    <table className="dg-compare-table" data-testid="dg-compare-table">
      <caption>{t('digits.compare.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('digits.compare.run')}</th>
          <th scope="col">{t('digits.epochs')}</th>
          <th scope="col">{t('digits.compare.trainLoss')}</th>
          <th scope="col">{t('digits.compare.testError')}</th>
          <th scope="col">{t('digits.compare.sharpness')}</th>
          <th scope="col">{t('digits.compare.norm')}</th>
        </tr>
      </thead>
      <tbody>
        {configs.map((c, k) => {
          const r = runs[k];
          return (
            <tr
              key={k}
              data-run={k}
              data-lambda={r?.lambda ?? ''}
              data-test-err={r ? 1 - r.testAcc : ''}
            >
              <th scope="row">{name(c)}</th>
              <td>{c.epochs}</td>
              <td>{r ? fmt(r.trainLoss) : '…'}</td>
              <td>{r ? pct(1 - r.testAcc) : '…'}</td>
              <td>{r ? fmt(r.lambda) : '…'}</td>
              <td>{r ? fmt(r.thetaNorm) : '…'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The four slices at one colour scale, and that scale in words. */
function CompareMaps(p: {
  configs: CompareConfig[];
  runs: Runs;
  name: Name;
  shared: NonNullable<ReturnType<typeof sharedScale>>;
}) {
  const { t } = useTranslation();
  const { shared, name } = p;
  return (
    <>
      <div className="dg-compare-maps">
        {p.configs.map((c, k) => {
          const r = p.runs[k];
          return (
            <figure key={k} className="dg-compare-map">
              <figcaption>{name(c)}</figcaption>
              {r ? (
                <CompareMap
                  grid={{ w: r.axis, b: r.axis, values: r.slice }}
                  tr={shared.tr}
                  levels={shared.levels}
                  size={240}
                  label={t('digits.compare.mapLabel', { name: name(c), min: fmt(r.trainLoss) })}
                  axisLabels={{ x: 'α', y: 'β' }}
                  testId={`dg-compare-map-${k}`}
                />
              ) : (
                <div className="dg-compare-pending">…</div>
              )}
            </figure>
          );
        })}
      </div>
      <p className="ap-note">
        {t('digits.compare.scale', { lo: fmt(shared.tr.lo), hi: fmt(shared.tr.hi) })}
      </p>
    </>
  );
}

/** The 1-D lines, one chart per weight decay, at one y range. */
function CompareLines(p: { spec: CompareSpec; configs: CompareConfig[]; runs: Runs; name: Name }) {
  const { t } = useTranslation();
  const { spec } = p;
  const yMax = useMemo(() => linesTop(finishedRuns(p.runs)), [p.runs]);
  const label = (c: CompareConfig, set: 'train' | 'test') =>
    `${p.name(c)} · ${t(set === 'train' ? 'digits.trainSet' : 'digits.testSet')}`;
  return (
    <div className="dg-charts">
      {[0, spec.weightDecay].map((wd) => {
        const series = decaySeries(p.configs, p.runs, wd, label);
        return series.length > 0 ? (
          <figure key={wd} className="dg-compare-map">
            <figcaption>{t('digits.compare.lineTitle', { wd })}</figcaption>
            <LineChart
              label={t('digits.compare.lineLabel', { wd })}
              x={series[0].x ?? []}
              series={series}
              xDomain={[-spec.range, spec.range]}
              yDomain={[0, yMax]}
              xLabel="α"
              yLabel={t('digits.loss')}
              height={220}
              testId={`dg-compare-line-${wd === 0 ? 'plain' : 'decay'}`}
            />
          </figure>
        ) : null;
      })}
    </div>
  );
}

export function CompareExperiment({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [g, setG] = useState(COMPARE_DEFAULTS.g);
  const [runs, setRuns] = useState<Runs>([]);
  const [progress, setProgress] = useState<{ fraction: number; run: number } | null>(null);
  const job = useNetJob<CompareResult>((m) => {
    if (m.type === 'compare-progress') setProgress({ fraction: m.fraction, run: m.run });
    else if (m.type === 'compare-run')
      setRuns((rs) => Object.assign([...rs], { [m.index]: m.run }));
  });
  const spec: CompareSpec = { ...COMPARE_DEFAULTS, g };
  const configs = compareConfigs(spec);
  const start = () => {
    setRuns([]);
    setProgress(null);
    job.start({ type: 'compare', spec });
  };
  const running = job.state.status === 'running';
  const name = (c: CompareConfig) =>
    t('digits.compare.runName', {
      batch: c.batch === spec.fullBatch ? t('digits.fullBatch', { n: c.batch }) : c.batch,
      wd: c.weightDecay,
    });
  const done = useMemo(() => finishedRuns(runs), [runs]);
  const shared = useMemo(() => sharedScale(done), [done]);
  const at = progress?.run ?? 0;
  return (
    <section className="dg-compare" aria-labelledby="dg-compare-h" data-testid="dg-compare">
      <h3 id="dg-compare-h">{t('digits.compare.title')}</h3>
      <p className="ap-note">
        {t('digits.compare.note', {
          small: spec.smallBatch,
          smallEpochs: spec.smallEpochs,
          full: spec.fullBatch,
          fullEpochs: spec.fullEpochs,
          wd: spec.weightDecay,
          lr: spec.lr,
        })}
      </p>
      <div className="ap-controls">
        <NumberSelect
          label={t('digits.landscape.grid')}
          value={g}
          options={GRIDS}
          onChange={setG}
          format={(v) => `${v}×${v}`}
          testId="dg-compare-grid"
        />
        <JobButtons
          label={t('digits.compare.start')}
          running={running}
          disabled={disabled}
          onStart={start}
          onCancel={job.cancel}
          testIds={['dg-compare-start', 'dg-compare-cancel']}
        />
      </div>
      <div
        className="ap-readout"
        aria-live="polite"
        data-testid="dg-compare-status"
        data-state={job.state.status}
      >
        {running && (
          <JobProgress
            max={1}
            value={progress?.fraction ?? 0}
            label={t('digits.compare.progressLabel')}
            testId="dg-compare-progress"
            text={t('digits.compare.progress', {
              k: at + 1,
              name: name(configs[at]),
              pct: pct(progress?.fraction ?? 0),
            })}
          />
        )}
        {job.state.status === 'done' && <p>{t('digits.compare.done')}</p>}
        {job.state.status === 'cancelled' && <p>{t('digits.cancelled')}</p>}
        {job.state.status === 'error' && (
          <p className="ap-error">{t('digits.error', { message: job.state.message })}</p>
        )}
      </div>
      {done.length > 0 && (
        <>
          <CompareTable configs={configs} runs={runs} name={name} />
          {shared && <CompareMaps configs={configs} runs={runs} name={name} shared={shared} />}
          <CompareLines spec={spec} configs={configs} runs={runs} name={name} />
          <p className="ap-hint">{t('digits.compare.lineKey')}</p>
          <p className="ap-note">{t('digits.compare.reading')}</p>
        </>
      )}
    </section>
  );
}
