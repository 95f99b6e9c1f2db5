// Beside the slice: the sharpness at θ* (largest Hessian eigenvalue by power iteration) and the
// loss along one filter-normalised direction through θ*, on train and test.
import { useTranslation } from 'react-i18next';
import type { NetKind } from '../../../math/nets/net';
import type { NetResult } from '../../../math/nets/protocol';
import { fmt } from '../../charts/format';
import { LineChart } from '../../charts/LineChart';
import { colorAt, dashAt } from '../../charts/palette';
import { useNetJob } from './useNets';

type SharpResult = Extract<NetResult, { type: 'sharpness' }>;
type LineResult = Extract<NetResult, { type: 'line' }>;

export function NetSideViews(props: {
  kind: NetKind;
  theta: Float32Array;
  dirSeed: number;
  range: number;
}) {
  const { t } = useTranslation();
  const sharp = useNetJob<SharpResult>();
  const line = useNetJob<LineResult>();
  const s = sharp.state.status === 'done' ? sharp.state.result.sharpness : null;
  const l = line.state.status === 'done' ? line.state.result.line : null;
  return (
    <div className="dg-side">
      <h4>{t('digits.landscape.sharpness')}</h4>
      <button
        type="button"
        className="ap-button"
        onClick={() =>
          sharp.start({ type: 'sharpness', kind: props.kind, theta: props.theta, iterations: 20 })
        }
        disabled={sharp.state.status === 'running'}
        data-testid="dg-sharpness"
      >
        {t('digits.landscape.measure')}
      </button>
      <p aria-live="polite" data-testid="dg-sharpness-value" data-lambda={s ? s.lambda : ''}>
        {s && t('digits.landscape.sharpnessValue', { lambda: fmt(s.lambda), it: s.iterations })}
        {sharp.state.status === 'error' && t('digits.error', { message: sharp.state.message })}
      </p>
      <h4>{t('digits.landscape.line')}</h4>
      <button
        type="button"
        className="ap-button"
        onClick={() =>
          line.start({
            type: 'line1d',
            kind: props.kind,
            theta: props.theta,
            seed: props.dirSeed,
            range: props.range,
            n: 41,
          })
        }
        disabled={line.state.status === 'running'}
        data-testid="dg-line"
      >
        {t('digits.landscape.lineDraw')}
      </button>
      {l && (
        <LineChart
          label={t('digits.landscape.line')}
          x={l.t}
          series={[
            {
              id: 'train',
              label: t('digits.trainSet'),
              x: l.t,
              y: l.trainLoss,
              color: colorAt(0),
              dash: dashAt(0),
            },
            {
              id: 'test',
              label: t('digits.testSet'),
              x: l.t,
              y: l.testLoss,
              color: colorAt(1),
              dash: dashAt(1),
            },
          ]}
          xDomain={[l.t[0], l.t[l.t.length - 1]]}
          xLabel={t('digits.landscape.lineAxis')}
          yLabel={t('digits.loss')}
          height={200}
          testId="dg-line-chart"
        />
      )}
    </div>
  );
}
