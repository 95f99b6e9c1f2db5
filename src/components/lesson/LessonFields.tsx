// The lesson author's form: title, text, question, the choices with the right one, the
// explanation and the reveal view. Each field writes through `set` (useLessonAuthor).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSON_LIMITS as L } from '../../state/lesson/spec';
import type { LessonForm } from './useLessonAuthor';

interface FieldsProps {
  form: LessonForm;
  set(patch: Partial<LessonForm>): void;
}

function TextField({ form, set, k, max }: FieldsProps & { k: 'title' | 'question'; max: number }) {
  const { t } = useTranslation();
  return (
    <label className="dialog-field">
      <span>{t(k === 'title' ? 'lesson.author.titleField' : 'lesson.author.question')}</span>
      <input
        type="text"
        className="text-input"
        maxLength={max}
        value={form[k]}
        onChange={(e) => set({ [k]: e.target.value })}
        data-testid={`author-${k}`}
      />
    </label>
  );
}

function AreaField({
  form,
  set,
  k,
  max,
}: FieldsProps & { k: 'text' | 'explanation'; max: number }) {
  const { t } = useTranslation();
  return (
    <label className="dialog-field">
      <span>{t(`lesson.author.${k}`)}</span>
      <textarea
        className="text-input"
        rows={3}
        maxLength={max}
        value={form[k]}
        onChange={(e) => set({ [k]: e.target.value })}
        data-testid={`author-${k}`}
      />
    </label>
  );
}

/** The 2–6 choices, each with its "right answer" radio, and buttons to add or remove one. */
function Choices({ form, set }: FieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const setChoice = (i: number, v: string) =>
    set({ choices: form.choices.map((c, j) => (j === i ? v : c)) });
  return (
    <fieldset className="field-group">
      <legend>{t('lesson.author.right')}</legend>
      {form.choices.map((c, i) => (
        <div key={i} className="lesson-author-choice">
          <input
            type="radio"
            name={`${id}-right`}
            checked={form.answer === i}
            onChange={() => set({ answer: i })}
            aria-label={t('lesson.author.right')}
          />
          <input
            type="text"
            className="text-input"
            maxLength={L.choice}
            value={c}
            aria-label={t('lesson.author.choice', { n: i + 1 })}
            placeholder={t('lesson.author.choice', { n: i + 1 })}
            onChange={(e) => setChoice(i, e.target.value)}
            data-testid={`author-choice-${i}`}
          />
        </div>
      ))}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={form.choices.length >= L.choicesMax}
          onClick={() => set({ choices: [...form.choices, ''] })}
        >
          {t('lesson.author.addChoice')}
        </button>
        <button
          type="button"
          className="button"
          disabled={form.choices.length <= L.choicesMin}
          onClick={() =>
            set({
              choices: form.choices.slice(0, -1),
              answer: Math.min(form.answer, form.choices.length - 2),
            })
          }
        >
          {t('lesson.author.removeChoice')}
        </button>
      </div>
    </fieldset>
  );
}

/** The view shown after the answer (saved from the app as it is now) and whether it plays. */
function Reveal({ form, set, onSave }: FieldsProps & { onSave(): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-group">
      <legend>{t('lesson.author.reveal')}</legend>
      <p className="hint">{t('lesson.author.revealHint')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onSave} data-testid="author-reveal">
          {t('lesson.author.revealCapture')}
        </button>
        <p className="muted">
          {form.reveal ? t('lesson.author.revealSet') : t('lesson.author.revealNone')}
        </p>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.play}
          onChange={(e) => set({ play: e.target.checked })}
        />{' '}
        {t('lesson.author.play')}
      </label>
    </fieldset>
  );
}

export function LessonFields(props: FieldsProps & { onSaveReveal(): void }) {
  return (
    <>
      <TextField {...props} k="title" max={L.title} />
      <AreaField {...props} k="text" max={L.text} />
      <TextField {...props} k="question" max={L.question} />
      <Choices {...props} />
      <AreaField {...props} k="explanation" max={L.explanation} />
      <Reveal {...props} onSave={props.onSaveReveal} />
    </>
  );
}
