// Multi-class: the selected row's true distribution P and predicted Q as editable histograms,
// with H(P, Q) = H(P) + KL(P‖Q) broken out and KL(P‖Q) beside KL(Q‖P).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import type { CellError } from '../../state/explore/cells';
import type { ClassRow } from '../../state/explore/model';
import { clipText, fmt, fmtLong } from '../charts/format';
import { Formula, texNumber } from '../charts/Formula';

const tx = (v: number) => texNumber(fmt(v));
const distErrId = (key: string) => `ex-dist-err-${key.replace('.', '-')}`;
import { DistEditor } from './DistEditor';
import { attempt, useDrafts, useExploreActions, useLastValid } from './useExplore';

export function DistributionsView(props: {
  math: MathBackend;
  row: ClassRow;
  index: number;
  errors: Record<string, CellError>;
}) {
  const { math, row, index, errors } = props;
  const { t } = useTranslation();
  const drafts = useDrafts();
  const a = useExploreActions();
  const result = useMemo(
    () =>
      attempt(() => {
        const [hp, hpq, klpq, klqp] = math
          .lossPerPoint([
            { loss: 'cce', y: [row.y], yHat: [row.y] },
            { loss: 'cce', y: [row.y], yHat: [row.yHat] },
            { loss: 'kl', y: [row.y], yHat: [row.yHat] },
            { loss: 'kl', y: [row.yHat], yHat: [row.y] },
          ])
          .map((o) => o.mean);
        return { hp, hpq, klpq, klqp };
      }),
    [math, row],
  );
  const { value: v, error } = useLastValid(result);
  const which = { y: t('explore.dist.p'), yHat: t('explore.dist.q') } as const;
  const inputs = (w: 'y' | 'yHat') => (
    <div className="ex-dist-inputs">
      {row[w].map((val, k) => {
        const key = `${row.id}.${w}${k}`;
        const bad = key in errors;
        return (
          <label key={k} className="ex-dist-input">
            <span>{k + 1}</span>
            <input
              className="ex-input ex-input-short"
              inputMode="decimal"
              aria-label={t('explore.dist.bar', { which: which[w], k: k + 1 })}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? distErrId(key) : undefined}
              data-testid={`dist-${w}-${k}`}
              value={drafts[key] ?? String(val)}
              onChange={(e) => a.editShare(index, w, k, e.target.value)}
              onBlur={() => a.blurCell(key, !bad)}
            />
          </label>
        );
      })}
    </div>
  );
  const badKeys = Object.entries(errors).filter(([key]) => key.startsWith(`${row.id}.`));
  return (
    <div data-testid="distributions-view">
      <h3 className="ex-h3">{t('explore.dist.title', { row: index + 1 })}</h3>
      <p className="ex-hint">{t('explore.dist.hint')}</p>
      <div className="ex-chart-pair">
        {(['y', 'yHat'] as const).map((w) => (
          <div key={w} className="ex-chart-box">
            <p className="ex-label">{which[w]}</p>
            <DistEditor
              label={which[w]}
              values={row[w]}
              color={w === 'y' ? 'var(--ex-p)' : 'var(--ex-q)'}
              barLabel={(k) => t('explore.dist.bar', { which: which[w], k: k + 1 })}
              onChange={(k, val) => a.setShare(index, w, k, val)}
              testId={`dist-${w}`}
            />
            {inputs(w)}
          </div>
        ))}
      </div>
      <div aria-live="polite">
        {badKeys.map(([key, err]) => (
          <p key={key} id={distErrId(key)} className="ex-error">
            {t(`explore.errors.${err}`, { text: clipText(drafts[key] ?? '') })} —{' '}
            {t('explore.allowed.probability')}
          </p>
        ))}
      </div>
      {error && <p className="ex-error">{t('explore.mathError', { message: error })}</p>}
      {v && (
        <div className="ex-dist-numbers" data-testid="dist-numbers">
          <Formula
            tex={`\\underbrace{${tx(v.hpq)}}_{H(P,Q)} = \\underbrace{${tx(v.hp)}}_{H(P)} + \\underbrace{${tx(v.klpq)}}_{\\mathrm{KL}(P\\|Q)}`}
            label={`${t('explore.dist.identity')}: ${fmt(v.hpq)} = ${fmt(v.hp)} + ${fmt(v.klpq)}`}
            display
          />
          <dl className="ex-kv">
            <div>
              <dt>{t('explore.dist.cross')}</dt>
              <dd title={fmtLong(v.hpq)}>{fmt(v.hpq)}</dd>
            </div>
            <div>
              <dt>{t('explore.dist.entropy')}</dt>
              <dd title={fmtLong(v.hp)}>{fmt(v.hp)}</dd>
            </div>
            <div>
              <dt>{t('explore.dist.klpq')}</dt>
              <dd title={fmtLong(v.klpq)} data-testid="kl-pq">
                {fmt(v.klpq)}
              </dd>
            </div>
            <div>
              <dt>{t('explore.dist.klqp')}</dt>
              <dd title={fmtLong(v.klqp)} data-testid="kl-qp">
                {fmt(v.klqp)}
              </dd>
            </div>
          </dl>
          <p className="ex-hint">
            {t('explore.dist.residual', { d: fmt(v.hp + v.klpq - v.hpq) })}.{' '}
            {t('explore.dist.clipNote')} {t('explore.dist.entropyNote')}
          </p>
          <p className="ex-note">{t('explore.dist.asym')}</p>
        </div>
      )}
    </div>
  );
}
