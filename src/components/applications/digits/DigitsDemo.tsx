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
import { CompareExperiment } from './CompareExperiment';
import { ConfusionMatrix } from './ConfusionMatrix';
import { epochSeries } from './epochSeries';
import { JobButtons } from './JobButtons';
import { JobProgress } from './JobProgress';
import { Misclassified } from './Misclassified';
import { NumberSelect } from './NumberSelect';
import { NetLandscape } from './NetLandscape';
import { useNetJob, useNetsReady, type NetsReady } from './useNets';
import './digits.css';

const LRS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
const BATCHES = [16, 32, 128, 1437];
const EPOCHS = [3, 5, 10, 20, 30];
const DECAYS = [0, 1e-4, 5e-4, 1e-3, 1e-2];
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

type TrainResult = Extract<NetResult, { type: 'train' }>;
type EvalResult = Extract<NetResult, { type: 'evaluate' }>;

export const DEFAULT_SPEC: NetTrainSpec = {
  kind: 'cnn',
  optimizer: 'adam',
  lr: 0.01,
  batchSize: 32,
  epochs: 10,
  weightDecay: 0,
  seed: 1,
};

/** A training run in the worker, its epochs as they end, then its test-set predictions. */
function useDigitsTraining() {
  const [history, setHistory] = useState<EpochStats[]>([]);
  const [trainedKind, setTrainedKind] = useState<NetKind>('cnn');
  const [runs, setRuns] = useState(0);
  const training = useNetJob<TrainResult>((m) => {
    if (m.type === 'epoch') setHistory((h) => [...h, m.stats]);
  });
  const evaluation = useNetJob<EvalResult>();
  const run = training.state.status === 'done' ? training.state.result.run : null;
  const ev = evaluation.state.status === 'done' ? evaluation.state.result.evaluation : null;
  const train = (spec: NetTrainSpec) => {
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
  return { history, trainedKind, runs, training, run, ev, train };
}
type Training = ReturnType<typeof useDigitsTraining>;

/** The network, its optimizer and schedule, Train/Cancel and Code. */
function DigitsControls(p: {
  spec: NetTrainSpec;
  set<K extends keyof NetTrainSpec>(k: K, v: NetTrainSpec[K]): void;
  ready: boolean;
  busy: boolean;
  onTrain(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { spec, set } = p;
  return (
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
        running={p.busy}
        disabled={!p.ready}
        onStart={p.onTrain}
        onCancel={p.onCancel}
        testIds={['dg-train', 'dg-cancel']}
      />
      <NetCodeButton spec={spec} />
    </div>
  );
}

/** Where the worker and the run stand: starting, ready, an epoch of n, the result, an error. */
function TrainStatus({ ready, tr, epochs }: { ready: NetsReady; tr: Training; epochs: number }) {
  const { t } = useTranslation();
  const state = tr.training.state;
  const last = tr.history.at(-1);
  const epochText = t('digits.epochN', { epoch: last?.epoch ?? 0, epochs });
  return (
    <div
      className="ap-readout"
      aria-live="polite"
      data-testid="dg-status"
      data-state={state.status}
    >
      {ready.status === 'loading' && <p>{t('digits.starting')}</p>}
      {ready.status === 'error' && (
        <p className="ap-error">{t('digits.initError', { message: ready.message })}</p>
      )}
      {ready.status === 'ready' && state.status === 'idle' && <p>{t('digits.ready', ready)}</p>}
      {state.status === 'running' && (
        <JobProgress max={epochs} value={last?.epoch ?? 0} text={epochText} />
      )}
      {state.status === 'done' && last && (
        <p data-testid="dg-result" data-test-acc={last.testAcc}>
          {t('digits.trained', {
            trainAcc: pct(last.trainAcc),
            testAcc: pct(last.testAcc),
            testErr: pct(1 - last.testAcc),
          })}
        </p>
      )}
      {state.status === 'cancelled' && <p>{t('digits.cancelled')}</p>}
      {state.status === 'error' && (
        <p className="ap-error">{t('digits.error', { message: state.message })}</p>
      )}
    </div>
  );
}

/** Loss and accuracy vs epoch, train and test. */
function EpochCharts({ history, epochs }: { history: EpochStats[]; epochs: number }) {
  const { t } = useTranslation();
  const x = useMemo(() => history.map((h) => h.epoch), [history]);
  const labels = { train: t('digits.trainSet'), test: t('digits.testSet') };
  const xDomain: [number, number] = [0, Math.max(1, history.at(-1)?.epoch ?? epochs)];
  const common = { x, xDomain, xLabel: t('digits.epoch'), height: 220 };
  return (
    <div className="dg-charts">
      <LineChart
        {...common}
        label={t('digits.lossChart')}
        series={epochSeries(history, 'Loss', labels)}
        yLabel={t('digits.loss')}
        testId="dg-loss-chart"
      />
      <LineChart
        {...common}
        label={t('digits.accChart')}
        series={epochSeries(history, 'Acc', labels)}
        yDomain={[0, 1]}
        yLabel={t('digits.accuracy')}
        testId="dg-acc-chart"
      />
    </div>
  );
}

export function DigitsDemo() {
  const { t } = useTranslation();
  const ready = useNetsReady();
  const [spec, setSpec] = useState<NetTrainSpec>(DEFAULT_SPEC);
  const tr = useDigitsTraining();
  const set = <K extends keyof NetTrainSpec>(k: K, v: NetTrainSpec[K]) =>
    setSpec((s) => ({ ...s, [k]: v }));
  return (
    <section
      className="ap-card ap-digits"
      aria-labelledby="ap-digits-title"
      data-testid="digits-demo"
    >
      <h2 id="ap-digits-title">{t('digits.title')}</h2>
      <p className="ap-intro">{t('digits.intro')}</p>
      <DigitsControls
        spec={spec}
        set={set}
        ready={ready.status === 'ready'}
        busy={tr.training.state.status === 'running'}
        onTrain={() => tr.train(spec)}
        onCancel={tr.training.cancel}
      />
      <TrainStatus ready={ready} tr={tr} epochs={spec.epochs} />
      {tr.history.length > 0 && <EpochCharts history={tr.history} epochs={spec.epochs} />}
      {tr.ev && (
        <div className="dg-results">
          <ConfusionMatrix labels={tr.ev.testY} pred={tr.ev.testPred} />
          <Misclassified x={tr.ev.testX} y={tr.ev.testY} pred={tr.ev.testPred} />
        </div>
      )}
      {tr.run && (
        <NetLandscape
          key={tr.runs}
          kind={tr.trainedKind}
          run={tr.run}
          params={paramCount(netDef(tr.trainedKind))}
        />
      )}
      <CompareExperiment disabled={ready.status !== 'ready'} />
    </section>
  );
}
