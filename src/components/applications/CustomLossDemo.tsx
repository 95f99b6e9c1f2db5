// A custom per-point loss ℓ(ŷ; y) typed by the user, parsed by the math module's safe parser
// (a whitelist of names and operators, no eval) into the same expression trees as the built-in
// losses: typeset as it is typed, its value and tfjs-autodiff gradient on a small data set, its
// curves ℓ(ŷ) and ℓ′(ŷ), and a tiny gradient-descent fit. A wrong formula is reported with its
// position; the last valid formula stays in use. What is computed: customLossFit.ts; the error,
// table and charts: CustomLossParts.tsx.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { CustomLossState } from '../../state/applications/slice';
import { Formula } from '../charts/Formula';
import { computeCustom, EXAMPLES } from './customLossFit';
import { CustomCharts, CustomTable, FormulaError } from './CustomLossParts';

const select = (s: { applications: { custom: CustomLossState } }) => s.applications.custom;

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
      return { ok: true as const, ...computeCustom(math, inUse) };
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
        {error && <FormulaError text={text} error={error} />}
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
      {result?.ok && (
        <>
          <CustomTable result={result} />
          <CustomCharts result={result} />
        </>
      )}
    </section>
  );
}
