import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectTab } from '../../state/selectors';
import { PANELS } from '../panels';
import { PanelErrorBoundary } from './PanelErrorBoundary';

/** The tab panel of the selected tab, inside its own error boundary (reset on tab change). */
export function PanelHost() {
  const { t } = useTranslation();
  const tab = useAppStore(selectTab);
  const { Panel } = PANELS[tab];
  return (
    <section
      key={tab}
      id={`panel-${tab}`}
      className="panel"
      role="tabpanel"
      aria-labelledby={`tab-${tab}`}
      tabIndex={0}
    >
      <PanelErrorBoundary>
        <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
          <Panel />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}
