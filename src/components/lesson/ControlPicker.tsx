// Checkboxes for the hide= list: used by the lesson author and the Embed dialog.
import { useTranslation } from 'react-i18next';
import { CONTROL_IDS, type ControlId } from '../../state/lesson/controls';
import './lesson.css';

export function ControlPicker({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: readonly ControlId[];
  onChange(v: ControlId[]): void;
}) {
  const { t } = useTranslation();
  const toggle = (id: ControlId, on: boolean) =>
    onChange(CONTROL_IDS.filter((c) => (c === id ? on : value.includes(c))));
  return (
    <fieldset className="field-group lesson-hide-group">
      <legend>{legend}</legend>
      <div className="lesson-hide">
        {CONTROL_IDS.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={value.includes(id)}
              onChange={(e) => toggle(id, e.target.checked)}
              data-control={id}
            />{' '}
            {t(`lesson.controls.${id}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
