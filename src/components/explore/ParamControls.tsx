// Huber δ, quantile τ, focal γ and α: a slider and a number input each (the ParamSpec's UI
// range on the slider; any accepted value in the box). Every chart follows at once.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossDef, ParamId, ParamSpec } from '../../math';
import { parseNumber } from '../../state/explore/cells';
import { useAppStore } from '../../state/StoreProvider';
import { useExploreActions } from './useExplore';

function accepts(spec: ParamSpec, v: number): boolean {
  const low = spec.minInclusive ? v >= spec.min : v > spec.min;
  return low && v <= spec.max;
}

function ParamControl({ spec }: { spec: ParamSpec }) {
  const { t } = useTranslation();
  // This parameter alone: a drag elsewhere in Explore does not re-render the sliders.
  const value = useAppStore((s) => s.explore.params[spec.id]);
  const a = useExploreActions();
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? null : parseNumber(text);
  const bad = parsed !== null && (!parsed.ok || !accepts(spec, parsed.value));
  const id = `ex-param-${spec.id}`;
  const lo = spec.minInclusive ? '[' : '(';
  return (
    <div className="ex-param">
      <label htmlFor={id} className="ex-param-name">
        {t(`losses.params.${spec.id}`)}
      </label>
      <input
        type="range"
        min={spec.ui.min}
        max={spec.ui.max}
        step={spec.ui.step}
        value={Math.min(spec.ui.max, Math.max(spec.ui.min, value))}
        aria-label={t(`losses.params.${spec.id}`)}
        data-testid={`param-${spec.id}-slider`}
        onChange={(e) => {
          setText(null);
          a.setParam(spec.id, Number(e.target.value));
        }}
      />
      <input
        id={id}
        className="ex-input ex-input-short"
        inputMode="decimal"
        value={text ?? String(value)}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-err` : undefined}
        data-testid={`param-${spec.id}`}
        onChange={(e) => {
          setText(e.target.value);
          const r = parseNumber(e.target.value);
          if (r.ok && accepts(spec, r.value)) a.setParam(spec.id, r.value);
        }}
        onBlur={() => !bad && setText(null)}
      />
      {bad && (
        <p id={`${id}-err`} className="ex-error">
          {`${lo}${spec.min}, ${spec.max}]`}
        </p>
      )}
    </div>
  );
}

/** The parameters of the given losses (each once). Memoised: give it a stable `defs`. */
export const ParamControls = memo(function ParamControls({
  defs,
  extra = [],
}: {
  defs: LossDef[];
  extra?: ParamSpec[];
}) {
  const { t } = useTranslation();
  const seen = new Map<ParamId, ParamSpec>();
  for (const spec of [...defs.flatMap((d) => d.params), ...extra]) seen.set(spec.id, spec);
  return (
    <div className="ex-params" data-testid="params">
      <h3 className="ex-h3">{t('explore.params.title')}</h3>
      {seen.size === 0 ? (
        <p className="ex-hint">{t('explore.params.none')}</p>
      ) : (
        [...seen.values()].map((spec) => <ParamControl key={spec.id} spec={spec} />)
      )}
    </div>
  );
});
