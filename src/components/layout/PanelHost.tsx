import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectTab } from '../../state/selectors';
import { forgetPanel, TabPanel } from '../panels';
import { PanelErrorBoundary } from './PanelErrorBoundary';

/**
 * The tab panel of the selected tab, inside its own error boundary (reset on tab change).
 * Embedded there are no tabs: the panel is a region named by its view.
 */
export function PanelHost({ embed }: { embed: boolean }) {
  const { t } = useTranslation();
  const tab = useAppStore(selectTab);
  // Retry remounts the boundary and asks for the panel again (a failed load is not cached).
  const [attempt, setAttempt] = useState(0);
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
      <PanelErrorBoundary
        key={attempt}
        onRetry={() => {
          forgetPanel(tab);
          setAttempt((n) => n + 1);
        }}
      >
        {/* Busy while the panel's chunk loads: an embedded view is not `ready` before it. */}
        <Suspense
          fallback={
            <p className="muted" aria-busy="true">
              {t('status.loading')}
            </p>
          }
        >
          <TabPanel tab={tab} />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}
