// The view switch of a task, and the notice line (refused deletes, full overlay).
import { useTranslation } from 'react-i18next';
import { TASK_VIEWS, type TaskKey, type View } from '../../state/explore/model';
import { Segmented } from './Segmented';
import { useExploreActions, useNotice } from './useExplore';

export function ViewSwitch({ k, view }: { k: TaskKey; view: View }) {
  const { t } = useTranslation();
  const a = useExploreActions();
  return (
    <Segmented
      label={t('explore.views.label')}
      value={view}
      options={TASK_VIEWS[k].map((v) => ({ value: v, label: t(`explore.views.${v}`) }))}
      onChange={a.setView}
      testId="view"
    />
  );
}

export function Notice() {
  const { t } = useTranslation();
  const notice = useNotice();
  return (
    <p className="ex-notice" role="status" data-testid="notice">
      {notice ? t(`explore.notice.${notice}`) : ''}
    </p>
  );
}
