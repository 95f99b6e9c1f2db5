import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectTab } from '../../state/selectors';
import { PANELS } from '../panels';
import { PanelErrorBoundary } from './PanelErrorBoundary';

/**
 * The tab panel of the selected tab, inside its own error boundary (reset on tab change).
 * Embedded there are no tabs: the panel is a region named by its view.
 */
export function PanelHost({ embed }: { embed: boolean }) {
  const { t } = useTranslation();
  const tab = useAppStore(selectTab);
  const { Panel } = PANELS[tab];
  return (
    <section
      key={tab}
      id={`panel-${tab}`}
      className="panel"
      role={embed ? 'region' : 'tabpanel'}
      aria-labelledby={embed ? undefined : `tab-${tab}`}
      aria-label={embed ? t(`tabs.${tab}`) : undefined}
      tabIndex={embed ? undefined : 0}
    >
      <PanelErrorBoundary>
        <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
          <Panel />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}
