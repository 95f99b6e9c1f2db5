// The custom-loss card's views: the parse error with a caret under its column, the table of
// ∂L/∂ŷ on the data, and the three charts (ℓ, ℓ′, the fit) with the fit's summary line.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { LineChart } from '../charts/LineChart';
import { customSeries, FIT_LR, FIT_STEPS, GRID, Y, YHAT, type CustomResult } from './customLossFit';

/** The longest formula text echoed above the caret. */
const ECHO = 120;

export function FormulaError({
  text,
  error,
}: {
  text: string;
  error: { pos: number; message: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="ap-message" role="alert" data-testid="custom-error">
      <p>{t('applications.custom.errorAt', { col: error.pos + 1, message: error.message })}</p>
      <pre className="ap-caret" aria-hidden="true">
        {[...text].slice(0, ECHO).join('')}
        {'\n'}
        {' '.repeat(Math.min(error.pos, ECHO))}^
      </pre>
      <p>{t('applications.custom.keeping')}</p>
    </div>
  );
}

export function CustomTable({ result }: { result: CustomResult }) {
  const { t } = useTranslation();
  return (
    <table className="ap-table" data-testid="custom-table">
      <caption>{t('applications.custom.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">y</th>
          <th scope="col">ŷ</th>
          <th scope="col">∂L/∂ŷ</th>
        </tr>
      </thead>
      <tbody>
        {Y.map((y, i) => (
          <tr key={i}>
            <td>{fmt(y)}</td>
            <td>{fmt(YHAT[i])}</td>
            <td>{fmt(result.grad[i])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            L
          </th>
          <td data-testid="custom-value">{fmt(result.value)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function CustomCharts({ result }: { result: CustomResult }) {
  const { t } = useTranslation();
  const curves = useMemo(() => customSeries(result), [result]);
  const fit = {
    first: fmt(result.fit[0]),
    last: fmt(result.fit[result.fit.length - 1]),
    w: fmt(result.w),
    b: fmt(result.b),
  };
  return (
    <>
      <div className="ap-charts">
        {(
          [
            ['applications.custom.curveSummary', curves.loss, 'ℓ(ŷ; 0)'],
            ['applications.custom.gradSummary', curves.grad, 'ℓ′(ŷ; 0)'],
          ] as const
        ).map(([summary, series, yLabel]) => (
          <LineChart
            key={summary}
            label={t(summary)}
            x={GRID}
            xDomain={[-3, 3]}
            series={series}
            xLabel="ŷ (y = 0)"
            yLabel={yLabel}
            height={200}
          />
        ))}
        <LineChart
          label={t('applications.custom.fitSummary', fit)}
          x={curves.fit[0].x}
          xDomain={[0, FIT_STEPS]}
          series={curves.fit}
          xLabel={t('applications.custom.step')}
          yLabel="L"
          height={200}
          testId="custom-fit"
        />
      </div>
      <p className="ap-note" data-testid="custom-fit-text">
        {t('applications.custom.fitText', { steps: FIT_STEPS, lr: FIT_LR, ...fit })}
      </p>
    </>
  );
}
