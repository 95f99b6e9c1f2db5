// "Loading…", "Computing the run…" or "Ran N steps in M ms": one polite live line.
import { useTranslation } from 'react-i18next';

export function RunStatusLine({
  math,
  pending,
  ran,
}: {
  math: boolean;
  pending: boolean;
  ran: { steps: number; ms: number } | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="train-status" aria-live="polite">
      {!math && <p className="muted">{t('train.status.loading')}</p>}
      {math && pending && <p className="muted">{t('train.status.computing')}</p>}
      {ran && (
        <p className="muted" data-testid="run-info">
          {t('train.status.ran', { steps: ran.steps, ms: Math.round(ran.ms) })}
        </p>
      )}
    </div>
  );
}
