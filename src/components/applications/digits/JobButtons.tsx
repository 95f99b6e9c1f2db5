// A network job's Start and Cancel buttons: Start off while the job runs (unless a new start
// replaces the running job: the latest request wins) or before the worker is ready; Cancel on
// only while it runs.
import { useTranslation } from 'react-i18next';

export function JobButtons(props: {
  label: string;
  running: boolean;
  disabled?: boolean;
  restartable?: boolean;
  onStart(): void;
  onCancel(): void;
  testIds: [string, string];
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="ap-button primary"
        onClick={props.onStart}
        disabled={props.disabled || (props.running && !props.restartable)}
        data-testid={props.testIds[0]}
      >
        {props.label}
      </button>
      <button
        type="button"
        className="ap-button"
        onClick={props.onCancel}
        disabled={!props.running}
        data-testid={props.testIds[1]}
      >
        {t('digits.cancel')}
      </button>
    </>
  );
}
