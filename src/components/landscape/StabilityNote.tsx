import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import type { StabilityInfo } from './useStability';

const NAMES: Record<string, string> = {
  adam: 'Adam',
  rmsprop: 'RMSProp',
  adagrad: 'Adagrad',
  mae: 'MAE',
  hinge: 'hinge',
  quantile: 'quantile',
};

/** "Why a learning rate diverges": eigenvalues, condition number and the stability limit. */
export function StabilityNote({
  info,
  lr,
  name = '',
}: {
  info: StabilityInfo;
  lr: number | null;
  name?: string;
}) {
  const { t } = useTranslation();
  if (info.kind === 'none') return null;
  const c = info.curvature;
  return (
    <div className="stability" data-testid="stability">
      <h4>{t('landscape.stability.title')}</h4>
      {c && (
        <p>
          {t('landscape.stability.eigen', {
            max: fmt(c.eigenvalues[0]),
            min: fmt(c.eigenvalues[1]),
            kappa: fmt(c.condition),
          })}{' '}
          <span className="muted">
            ({t(c.exact ? 'landscape.stability.exact' : 'landscape.stability.estimated')})
          </span>
        </p>
      )}
      {info.kind === 'limit' ? (
        <>
          <p data-testid="stability-limit" data-limit={info.limit}>
            {info.optimizer === 'sgd'
              ? t('landscape.stability.limitSgd', { limit: fmt(info.limit) })
              : t('landscape.stability.limitMomentum', {
                  limit: fmt(info.limit),
                  beta: fmt(info.beta ?? 0.9),
                })}
          </p>
          {lr !== null && (
            <p className={lr < info.limit ? 'ok' : 'over'}>
              {t('landscape.stability.current', {
                lr: fmt(lr),
                verdict: t(lr < info.limit ? 'landscape.stability.ok' : 'landscape.stability.over'),
              })}
            </p>
          )}
        </>
      ) : (
        <p data-testid="stability-na">
          {info.reason === 'adaptive'
            ? t('landscape.stability.naAdaptive', { name: NAMES[name] ?? name })
            : info.reason === 'piecewise'
              ? t('landscape.stability.naPiecewise', { name: NAMES[name] ?? name })
              : t('landscape.stability.naConcave')}
        </p>
      )}
    </div>
  );
}
