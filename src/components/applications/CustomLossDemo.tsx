// A custom per-point loss ℓ(ŷ; y) typed by the user, parsed by the math module's safe parser
// (a whitelist of names and operators, no eval) into the same expression trees as the built-in
// losses: typeset as it is typed, its value and tfjs-autodiff gradient on a small data set, its
// curves ℓ(ŷ) and ℓ′(ŷ), and a tiny gradient-descent fit. A wrong formula is reported with its
// position; the last valid formula stays in use.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomLoss } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { CustomLossState } from '../../state/applications/slice';
import { fmt } from '../charts/format';
import { Formula } from '../charts/Formula';
import { LineChart } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';

const select = (s: { applications: { custom: CustomLossState } }) => s.applications.custom;
/** The seed example: x = 1…4, y = 2x, and a prediction with errors of each sign. */
const X = [1, 2, 3, 4];
const Y = [2, 4, 6, 8];
const YHAT = [2.5, 3, 7, 8];
const GRID = Array.from({ length: 121 }, (_, i) => -3 + i * 0.05);
const EXAMPLES = [
  'abs(yhat - y)^1.5',
  'log(1 + (yhat - y)^2)',
  '(yhat - y)^2',
  'max(0, abs(yhat - y) - 0.5)',
];
const FIT_STEPS = 60;
const FIT_LR = 0.05;

function compute(math: MathBackend, loss: CustomLoss) {
  const value = math.customLossValue(loss, Y, YHAT);
  const grad = math.customLossGradient(loss, Y, YHAT);
  const curve = math.customLossCurve(loss, 0, GRID);
  // Tiny fit of ŷ = w·x + b from w = b = 0.5 by gradient descent; dL/dŷ from tfjs autodiff,
  // then the chain rule dL/dw = Σ ∂L/∂ŷ_i · x_i, dL/db = Σ ∂L/∂ŷ_i.
  let [w, b] = [0.5, 0.5];
  const fit: number[] = [];
  for (let s = 0; s <= FIT_STEPS; s++) {
    const yh = X.map((x) => w * x + b);
    fit.push(math.customLossValue(loss, Y, yh));
    if (s === FIT_STEPS) break;
    const g = math.customLossGradient(loss, Y, yh);
    w -= FIT_LR * g.reduce((t, gi, i) => t + gi * X[i], 0);
    b -= FIT_LR * g.reduce((t, gi) => t + gi, 0);
  }
  return { value, grad, curve, fit, w, b };
}

export function CustomLossDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const s = useAppStore(select);
  const a = useAppStoreApi().getState().applicationsActions;
  const [text, setText] = useState(s.text);
  const parsed = useMemo(() => (math ? math.compileCustomLoss(text) : null), [math, text]);
  const inUse = useMemo(() => {
    if (!math) return null;
    const r = math.compileCustomLoss(s.formula);
    return r.ok ? r.loss : null;
  }, [math, s.formula]);
  const result = useMemo(() => {
    if (!math || !inUse) return null;
    try {
      return { ok: true as const, ...compute(math, inUse) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [math, inUse]);

  const onChange = (v: string) => {
    setText(v);
    const r = math?.compileCustomLoss(v);
    a.setCustomText(v, !!r?.ok);
  };
  const error = parsed && !parsed.ok ? parsed.error : null;
  const curves = useMemo(
    () =>
      result?.ok
        ? {
            loss: [
              { id: 'l', label: 'ℓ', y: result.curve.loss, color: colorAt(0), dash: dashAt(0) },
            ],
            grad: result.curve.grad
              ? [{ id: 'g', label: 'ℓ′', y: result.curve.grad, color: colorAt(4), dash: dashAt(1) }]
              : [],
            fit: [
              {
                id: 'fit',
                label: 'L',
                x: result.fit.map((_, i) => i),
                y: result.fit,
                color: colorAt(2),
                dash: dashAt(0),
              },
            ],
          }
        : null,
    [result],
  );

  return (
    <section className="ap-card ap-custom" aria-labelledby="ap-custom-title">
      <h2 id="ap-custom-title">{t('applications.custom.title')}</h2>
      <p className="ap-intro">{t('applications.custom.intro')}</p>
      <label className="ap-formula-field">
        <span>{t('applications.custom.label')}</span>
        <input
          type="text"
          value={text}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={!!error}
          aria-describedby="ap-custom-error ap-custom-help"
          data-testid="custom-input"
        />
      </label>
      <p id="ap-custom-help" className="ap-hint">
        {t('applications.custom.help')}{' '}
        {EXAMPLES.map((ex) => (
          <button key={ex} type="button" className="ap-chip" onClick={() => onChange(ex)}>
            {ex}
          </button>
        ))}
      </p>
      <div id="ap-custom-error" aria-live="polite">
        {error && (
          <div className="ap-message" role="alert" data-testid="custom-error">
            <p>
              {t('applications.custom.errorAt', { col: error.pos + 1, message: error.message })}
            </p>
            <pre className="ap-caret" aria-hidden="true">
              {[...text].slice(0, 120).join('')}
              {'\n'}
              {' '.repeat(Math.min(error.pos, 120))}^
            </pre>
            <p>{t('applications.custom.keeping')}</p>
          </div>
        )}
      </div>
      {inUse && (
        <p className="ap-formula-inuse" data-testid="custom-formula">
          <Formula tex={inUse.def.pointLatex} label={`ℓ = ${s.formula}`} display />
        </p>
      )}
      {result && !result.ok && (
        <p className="ap-message" role="alert" data-testid="custom-eval-error">
          {result.message}
        </p>
      )}
      {result?.ok && curves && (
        <>
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
          <div className="ap-charts">
            <LineChart
              label={t('applications.custom.curveSummary')}
              x={GRID}
              xDomain={[-3, 3]}
              series={curves.loss}
              xLabel="ŷ (y = 0)"
              yLabel="ℓ(ŷ; 0)"
              height={200}
            />
            <LineChart
              label={t('applications.custom.gradSummary')}
              x={GRID}
              xDomain={[-3, 3]}
              series={curves.grad}
              xLabel="ŷ (y = 0)"
              yLabel="ℓ′(ŷ; 0)"
              height={200}
            />
            <LineChart
              label={t('applications.custom.fitSummary', {
                first: fmt(result.fit[0]),
                last: fmt(result.fit[result.fit.length - 1]),
                w: fmt(result.w),
                b: fmt(result.b),
              })}
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
            {t('applications.custom.fitText', {
              steps: FIT_STEPS,
              lr: FIT_LR,
              first: fmt(result.fit[0]),
              last: fmt(result.fit[result.fit.length - 1]),
              w: fmt(result.w),
              b: fmt(result.b),
            })}
          </p>
        </>
      )}
    </section>
  );
}
