// Each row's share of the total loss Σℓᵢ, one bar per chosen loss: under MSE an outlier's bar
// fills the row, under MAE it is one among others.
import { useTranslation } from 'react-i18next';
import type { LossDef, LossId } from '../../math';
import type { TaskKey } from '../../state/explore/model';
import { fmt } from '../charts/format';
import { styleOf, Swatch } from './LossPicker';

export const CONTRIB_ROWS = 30;

export interface ContributionsProps {
  losses: { id: LossId; name: string; color: string; dash: string; perRow: number[] }[];
  n: number;
  selected: number;
}

/** The chosen losses' rows as the bars want them: legend label and line style of the task. */
export function contributionLosses(
  k: TaskKey,
  losses: { id: LossId; perRow: number[] }[] | null | undefined,
  defs: Map<LossId, LossDef>,
): ContributionsProps['losses'] {
  return (losses ?? []).map((l) => ({
    id: l.id,
    name: defs.get(l.id)?.short ?? l.id,
    perRow: l.perRow,
    ...styleOf(k, l.id),
  }));
}

const pct = (v: number) => `${fmt(100 * v)} %`;

export function Contributions({ losses, n, selected }: ContributionsProps) {
  const { t } = useTranslation();
  const shares = losses.map((l) => {
    const total = l.perRow.reduce((a, b) => a + b, 0);
    return l.perRow.map((v) => (total > 0 && Number.isFinite(total) ? v / total : 0));
  });
  const rows = Array.from({ length: Math.min(n, CONTRIB_ROWS) }, (_, i) => i);
  return (
    <section
      className="ex-card ex-contrib"
      aria-labelledby="ex-contrib-title"
      data-testid="contributions"
    >
      <h2 id="ex-contrib-title" className="ex-h2">
        {t('explore.contrib.title')}
      </h2>
      <p className="ex-hint">{t('explore.contrib.caption')}</p>
      <ul className="ex-contrib-legend" aria-hidden="true">
        {losses.map((l) => (
          <li key={l.id}>
            <Swatch color={l.color} dash={l.dash} /> {l.name}
          </li>
        ))}
      </ul>
      <ol className="ex-contrib-rows">
        {rows.map((i) => (
          <li key={i} className={i === selected ? 'is-selected' : undefined}>
            <span className="ex-contrib-index" aria-hidden="true">
              {i + 1}
            </span>
            <div className="ex-contrib-bars">
              {losses.map((l, j) => {
                const label = t('explore.contrib.share', {
                  row: i + 1,
                  loss: l.name,
                  share: pct(shares[j][i]),
                });
                return (
                  <div
                    key={l.id}
                    className="ex-bar-line"
                    role="img"
                    aria-label={label}
                    title={label}
                  >
                    <span
                      className="ex-bar"
                      style={{
                        width: `${Math.max(0, Math.min(1, shares[j][i])) * 100}%`,
                        background: l.color,
                      }}
                    />
                    <span className="ex-bar-value">{pct(shares[j][i])}</span>
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
      {n > CONTRIB_ROWS && <p className="ex-hint">{t('explore.contrib.more')}</p>}
    </section>
  );
}
