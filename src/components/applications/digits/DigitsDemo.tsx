// Applications → image classification on real data: an MLP or a small CNN trained live on the
// UCI digits in the network worker, with loss and accuracy vs epoch on train and test, the test
// confusion matrix, the misclassified digits, and the trained network's loss landscape.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../controls/NumberField';
import { netDef, paramCount, type NetKind } from '../../../math/nets/net';
import type { NetResult } from '../../../math/nets/protocol';
import type { EpochStats, NetOptimizer, NetTrainSpec } from '../../../math/nets/train';
import { LineChart } from '../../charts/LineChart';
import { NetCodeButton } from '../../export/CodeButton';
import { colorAt, dashAt } from '../../charts/palette';
import { CompareExperiment } from './CompareExperiment';
import { ConfusionMatrix } from './ConfusionMatrix';
import { JobButtons } from './JobButtons';
import { Misclassified } from './Misclassified';
import { NumberSelect } from './NumberSelect';
import { NetLandscape } from './NetLandscape';
import { useNetJob, useNetsReady } from './useNets';
import './digits.css';

const LRS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
const BATCHES = [16, 32, 128, 1437];
const EPOCHS = [3, 5, 10, 20, 30];
const DECAYS = [0, 1e-4, 5e-4, 1e-3, 1e-2];
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

type TrainResult = Extract<NetResult, { type: 'train' }>;
type EvalResult = Extract<NetResult, { type: 'evaluate' }>;

export function DigitsDemo() {
  const { t } = useTranslation();
  const ready = useNetsReady();
  const [spec, setSpec] = useState<NetTrainSpec>({
    kind: 'cnn',
    optimizer: 'adam',
    lr: 0.01,
    batchSize: 32,
    epochs: 10,
    weightDecay: 0,
    seed: 1,
  });
  const [history, setHistory] = useState<EpochStats[]>([]);
  const [trainedKind, setTrainedKind] = useState<NetKind>('cnn');
  const training = useNetJob<TrainResult>((m) => {
    if (m.type === 'epoch') setHistory((h) => [...h, m.stats]);
  });
  const evaluation = useNetJob<EvalResult>();
  const run = training.state.status === 'done' ? training.state.result.run : null;
  const ev = evaluation.state.status === 'done' ? evaluation.state.result.evaluation : null;

  const [runs, setRuns] = useState(0);
  const train = () => {
    setHistory([]);
    setTrainedKind(spec.kind);
    setRuns((n) => n + 1);
    training.start({ type: 'train', spec });
  };
  // Once a run ends, its predictions on the test set (for the confusion matrix and the grid).
  const startEval = evaluation.start;
  useEffect(() => {
    if (run) startEval({ type: 'evaluate', kind: trainedKind, theta: run.theta });
  }, [run, trainedKind, startEval]);
  const set = <K extends keyof NetTrainSpec>(k: K, v: NetTrainSpec[K]) =>
    setSpec((s) => ({ ...s, [k]: v }));
  const busy = training.state.status === 'running';
  const last = history.at(-1);

  const epochs = useMemo(() => history.map((h) => h.epoch), [history]);
  const series = (key: 'Loss' | 'Acc') => [
    {
      id: 'train',
      label: t('digits.trainSet'),
      x: epochs,
      y: history.map((h) => h[`train${key}`]),
      color: colorAt(0),
      dash: dashAt(0),
    },
    {
      id: 'test',
      label: t('digits.testSet'),
      x: epochs,
      y: history.map((h) => h[`test${key}`]),
      color: colorAt(1),
      dash: dashAt(1),
    },
  ];
  const xDomain: [number, number] = [0, Math.max(1, last?.epoch ?? spec.epochs)];

  return (
    <section
      className="ap-card ap-digits"
      aria-labelledby="ap-digits-title"
      data-testid="digits-demo"
    >
      <h2 id="ap-digits-title">{t('digits.title')}</h2>
      <p className="ap-intro">{t('digits.intro')}</p>
      <div className="ap-controls">
        <label className="ap-field">
          <span>{t('digits.network')}</span>
          <select
            value={spec.kind}
            onChange={(e) => set('kind', e.target.value as NetKind)}
            data-testid="dg-kind"
          >
            <option value="cnn">{t('digits.cnn')}</option>
            <option value="mlp">{t('digits.mlp')}</option>
          </select>
        </label>
        <label className="ap-field">
          <span>{t('digits.optimizer')}</span>
          <select
            value={spec.optimizer}
            onChange={(e) => set('optimizer', e.target.value as NetOptimizer)}
          >
            <option value="sgd">SGD</option>
            <option value="momentum">{t('digits.momentum')}</option>
            <option value="adam">Adam</option>
          </select>
        </label>
        <NumberSelect
          label={t('digits.lr')}
          value={spec.lr}
          options={LRS}
          onChange={(v) => set('lr', v)}
        />
        <NumberSelect
          label={t('digits.batch')}
          value={spec.batchSize}
          options={BATCHES}
          onChange={(v) => set('batchSize', v)}
          format={(v) => (v === 1437 ? t('digits.fullBatch', { n: v }) : String(v))}
        />
        <NumberSelect
          label={t('digits.epochs')}
          value={spec.epochs}
          options={EPOCHS}
          onChange={(v) => set('epochs', v)}
          testId="dg-epochs"
        />
        <NumberSelect
          label={t('digits.weightDecay')}
          value={spec.weightDecay}
          options={DECAYS}
          onChange={(v) => set('weightDecay', v)}
        />
        <NumberField
          className="ap-field"
          label={t('digits.seed')}
          value={spec.seed}
          min={0}
          max={1e9}
          integer
          onCommit={(v) => set('seed', v)}
          testId="dg-seed"
        />
        <JobButtons
          label={t('digits.train')}
          running={busy}
          disabled={ready.status !== 'ready'}
          onStart={train}
          onCancel={training.cancel}
          testIds={['dg-train', 'dg-cancel']}
        />
        <NetCodeButton spec={spec} />
      </div>
      <div
        className="ap-readout"
        aria-live="polite"
        data-testid="dg-status"
        data-state={training.state.status}
      >
        {ready.status === 'loading' && <p>{t('digits.starting')}</p>}
        {ready.status === 'error' && (
          <p className="ap-error">{t('digits.initError', { message: ready.message })}</p>
        )}
        {ready.status === 'ready' && training.state.status === 'idle' && (
          <p>{t('digits.ready', ready)}</p>
        )}
        {busy && (
          <p>
            <progress
              max={spec.epochs}
              value={last?.epoch ?? 0}
              aria-label={t('digits.epochN', { epoch: last?.epoch ?? 0, epochs: spec.epochs })}
            />{' '}
            {t('digits.epochN', { epoch: last?.epoch ?? 0, epochs: spec.epochs })}
          </p>
        )}
        {training.state.status === 'done' && last && (
          <p data-testid="dg-result" data-test-acc={last.testAcc}>
            {t('digits.trained', {
              trainAcc: pct(last.trainAcc),
              testAcc: pct(last.testAcc),
              testErr: pct(1 - last.testAcc),
            })}
          </p>
        )}
        {training.state.status === 'cancelled' && <p>{t('digits.cancelled')}</p>}
        {training.state.status === 'error' && (
          <p className="ap-error">{t('digits.error', { message: training.state.message })}</p>
        )}
      </div>
      {history.length > 0 && (
        <div className="dg-charts">
          <LineChart
            label={t('digits.lossChart')}
            x={epochs}
            series={series('Loss')}
            xDomain={xDomain}
            xLabel={t('digits.epoch')}
            yLabel={t('digits.loss')}
            height={220}
            testId="dg-loss-chart"
          />
          <LineChart
            label={t('digits.accChart')}
            x={epochs}
            series={series('Acc')}
            xDomain={xDomain}
            yDomain={[0, 1]}
            xLabel={t('digits.epoch')}
            yLabel={t('digits.accuracy')}
            height={220}
            testId="dg-acc-chart"
          />
        </div>
      )}
      {ev && (
        <div className="dg-results">
          <ConfusionMatrix labels={ev.testY} pred={ev.testPred} />
          <Misclassified x={ev.testX} y={ev.testY} pred={ev.testPred} />
        </div>
      )}
      {run && (
        <NetLandscape
          key={runs}
          kind={trainedKind}
          run={run}
          params={paramCount(netDef(trainedKind))}
        />
      )}
      <CompareExperiment disabled={ready.status !== 'ready'} />
    </section>
  );
}
