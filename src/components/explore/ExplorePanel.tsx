// The Explore tab (lazy-loaded): set y and ŷ, see every loss, its gradient and its computation.
import { useTranslation } from 'react-i18next';
import { useMath } from '../../state/useMath';
import '../../styles/explore.css';
import { ScalarExplore } from './ScalarExplore';
import { MultiExplore } from './MultiExplore';
import { Toolbar } from './Toolbar';
import { useTaskKey } from './useExplore';

export default function ExplorePanel() {
  const { t } = useTranslation();
  const math = useMath();
  const k = useTaskKey();
  return (
    <div className="explore" data-testid="explore">
      <div className="ex-top">
        <header className="ex-header">
          <h2 className="ex-title">{t('explore.title')}</h2>
          <p className="ex-intro">{t('explore.intro')}</p>
        </header>
        <Toolbar />
      </div>
      {!math ? (
        <p className="muted" role="status">
          {t('explore.loading')}
        </p>
      ) : k === 'multiclass' ? (
        <MultiExplore math={math} />
      ) : (
        <ScalarExplore math={math} k={k} />
      )}
    </div>
  );
}
