// The data and the model's fit at the replayed step, with its caption, legend, hints and data
// table: one self-contained figure (the Train workspace places it; a one-figure embed can show it
// alone). Linear and logistic regression draw the fit line, residuals and pulls; the MLP draws its
// decision heatmap and lets a click add a point of the chosen class.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLDOUT_MIN, type Point } from '../../../state/train/presets';
import { MAX_STEPS } from '../../../state/train/runPlan';
import { ChartTable } from '../../charts/ChartTable';
import { fmt } from '../../charts/format';
import { DataChart, type DataChartProps } from '../DataChart';
import { sigmoid, type StepView } from '../modelView';

export interface DataFitFigureProps {
  points: Point[];
  /** Which points are held out (heldOutMask). */
  held: boolean[];
  model: 'linear' | 'logistic' | 'mlp';
  /** The model at the replayed step (linear/logistic: w, b and the pulls); null before a run. */
  now: StepView | null;
  /** The model under the pointer on the landscape, drawn faintly. */
  hoverFit?: { w: number; b: number } | null;
  /** The MLP's decision heatmap at the replayed step. */
  heat?: DataChartProps['heat'];
  /** How many points the run holds out (0: none). */
  heldCount: number;
  /** The planned epochs, when the plan capped the asked ones (the note says so). */
  capped?: { epochs: number } | null;
  /** The chart's accessible summary. */
  summary: string;
  /** Take the height the layout gives (the workspace) instead of one from the width. */
  fill?: boolean;
}

export function DataFitFigure(props: DataFitFigureProps) {
  const { points, held, model, now, heldCount, summary, fill } = props;
  const { t } = useTranslation();
  const [newClass, setNewClass] = useState<0 | 1>(0);
  const mlp = model === 'mlp';
  const affine = now ? `${fmt(now.w)}·x ${now.b < 0 ? '−' : '+'} ${fmt(Math.abs(now.b))}` : '';
  const fitText = now && !mlp ? (model === 'logistic' ? `p = σ(${affine})` : `ŷ = ${affine}`) : '';
  return (
    <figure className="train-figure data-fit-figure" data-testid="data-fit-figure">
      <figcaption>
        <span className="figure-title">{t(mlp ? 'train.mlp.dataTitle' : 'train.data.title')}</span>{' '}
        {fitText && (
          <span className="fit-text" data-testid="fit-text">
            {fitText}
          </span>
        )}
        {mlp && (
          <span className="segmented" role="radiogroup" aria-label={t('train.mlp.newClass')}>
            <span className="field-label">{t('train.mlp.newClass')}</span>
            {([0, 1] as const).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name="train-new-class"
                  value={c}
                  checked={newClass === c}
                  onChange={() => setNewClass(c)}
                  data-testid={`new-class-${c}`}
                />
                <span>{t('train.mlp.class', { c })}</span>
              </label>
            ))}
          </span>
        )}
      </figcaption>
      <DataChart
        points={points}
        held={held}
        model={model}
        fit={now && !mlp ? { w: now.w, b: now.b } : null}
        hoverFit={props.hoverFit ?? null}
        pull={now?.pull ?? []}
        summary={summary}
        heat={props.heat ?? null}
        newClass={newClass}
        fill={fill}
      />
      {!mlp && (
        <ChartTable
          title={t('train.data.label')}
          columns={[
            t('a11y.table.point'),
            'x',
            'y',
            'ŷ',
            t('a11y.table.residual'),
            t('a11y.table.heldOut'),
          ]}
          count={points.length}
          row={(i) => {
            const p = points[i];
            const z = now ? now.w * p.x + now.b : NaN;
            const f = model === 'logistic' ? sigmoid(z) : z;
            return [i + 1, p.x, p.y, f, f - p.y, t(held[i] ? 'a11y.table.yes' : 'a11y.table.no')];
          }}
          testId="data-table"
        />
      )}
      <p className="hint">
        {mlp ? t('train.mlp.help', { c: newClass, other: 1 - newClass }) : t('train.data.help')}
      </p>
      <ul className="legend">
        {mlp ? (
          <>
            <li>
              <span className="key key-cls0" aria-hidden="true" /> {t('train.mlp.class', { c: 0 })}
            </li>
            <li>
              <span className="key key-cls1" aria-hidden="true" /> {t('train.mlp.class', { c: 1 })}
            </li>
          </>
        ) : (
          <li>
            <span className="key key-point" aria-hidden="true" /> {t('train.legend.train')}
          </li>
        )}
        {heldCount > 0 && (
          <li>
            <span className="key key-held" aria-hidden="true" /> {t('train.legend.held')}
          </li>
        )}
        {mlp ? (
          <li>
            <span className="key key-boundary" aria-hidden="true" /> {t('train.mlp.boundary')}
          </li>
        ) : (
          <>
            <li>
              <span className="key key-residual" aria-hidden="true" /> {t('train.legend.residual')}
            </li>
            <li>
              <span className="key key-pull" aria-hidden="true" /> {t('train.legend.pull')}
            </li>
          </>
        )}
      </ul>
      <p className="hint" data-testid="holdout-note">
        {heldCount > 0
          ? t('train.holdout.on', { held: heldCount, total: points.length })
          : t('train.holdout.off', { min: HOLDOUT_MIN })}
        {props.capped &&
          ` ${t('train.status.capped', { epochs: props.capped.epochs, max: MAX_STEPS })}`}
      </p>
    </figure>
  );
}
