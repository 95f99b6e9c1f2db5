import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabId } from '../../state/tabs';

/** The placeholder a tab shows until its real panel lands. */
export function ComingPanel({ tab }: { tab: TabId }) {
  const { t } = useTranslation();
  return (
    <div className="coming">
      <h2>{t(`tabs.${tab}`)}</h2>
      <p className="badge">{t('coming.badge')}</p>
      <p className="coming-text">{t(`coming.${tab}`)}</p>
    </div>
  );
}

export function comingPanel(tab: TabId): ComponentType {
  const Panel = () => <ComingPanel tab={tab} />;
  Panel.displayName = `ComingPanel(${tab})`;
  return Panel;
}
