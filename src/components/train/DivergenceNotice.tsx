// Shown when the replay reaches the step where the run diverged: what happened (each step
// overshoots the minimum, further every time), and a learning rate below the stability limit.
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';

export interface DivergenceNoticeProps {
  epoch: string;
  lr: number;
  /** 2/λ_max (or 2(1 + β)/λ_max) where it is exact: MSE on the linear model, SGD or momentum. */
  limit: number | null;
  suggested: number;
  onApply: () => void;
}

export function DivergenceNotice({ epoch, lr, limit, suggested, onApply }: DivergenceNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="divergence" role="alert" data-testid="divergence">
      <p>
        <strong>{t('train.diverged.title', { epoch })}</strong>{' '}
        {t('train.diverged.why', { lr: fmt(lr) })}
      </p>
      <p>
        {limit !== null
          ? t('train.diverged.limit', { limit: fmt(limit), suggested: fmt(suggested) })
          : t('train.diverged.smaller', { suggested: fmt(suggested) })}{' '}
        <button type="button" className="button" onClick={onApply} data-testid="apply-lr">
          {t('train.diverged.apply', { suggested: fmt(suggested) })}
        </button>
      </p>
    </div>
  );
}
