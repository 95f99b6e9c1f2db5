// The Embed dialog's classroom part: controls to hide in the embedded view (hide=) and the
// origins allowed to drive it by postMessage (origins=).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlId } from '../../state/lesson/controls';
import type { Draft } from '../../state/url/field';
import { isOrigin, MAX_ORIGINS } from '../../state/url/lessonFields';
import { ControlPicker } from './ControlPicker';

export interface Classroom {
  hide: ControlId[];
  /** As typed: comma-separated. */
  origins: string;
}
export const NO_CLASSROOM: Classroom = { hide: [], origins: '' };

function parseOrigins(text: string): { ok: string[]; bad: string | null } {
  const items = text
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);
  const bad = items.find((s) => !isOrigin(s)) ?? null;
  return { ok: [...new Set(items.filter(isOrigin))].slice(0, MAX_ORIGINS), bad };
}

/** The draft with the dialog's hide list and valid origins. */
export function withClassroom(d: Draft, c: Classroom): Draft {
  return { ...d, lesson: { ...d.lesson, hide: c.hide, origins: parseOrigins(c.origins).ok } };
}

export function EmbedClassroom({
  value,
  onChange,
  showHide = true,
}: {
  value: Classroom;
  onChange(c: Classroom): void;
  /** The hide= picker: a whole-view embed's (a figure shows only the controls it names). */
  showHide?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { bad } = parseOrigins(value.origins);
  return (
    <>
      {showHide && (
        <ControlPicker
          legend={t('lesson.embedHide')}
          value={value.hide}
          onChange={(hide) => onChange({ ...value, hide })}
        />
      )}
      <label className="dialog-field">
        <span>{t('lesson.embedOrigins')}</span>
        <input
          type="text"
          className="text-input"
          value={value.origins}
          maxLength={2000}
          placeholder="https://course.example.edu"
          aria-describedby={`${id}-hint`}
          aria-invalid={bad !== null}
          onChange={(e) => onChange({ ...value, origins: e.target.value })}
          data-testid="embed-origins"
        />
      </label>
      <p
        id={`${id}-hint`}
        className={bad ? 'lesson-error' : 'hint'}
        role={bad ? 'alert' : undefined}
      >
        {bad
          ? t('lesson.embedOriginsBad', { value: bad.slice(0, 80) })
          : t('lesson.embedOriginsHint')}
      </p>
    </>
  );
}
