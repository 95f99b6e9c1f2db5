// The open lesson, above the view: read, predict (choose an answer), then the app applies the
// reveal (changes the view, plays the training) and says whether the prediction was right,
// with the explanation. The answer is not in the URL: a reload asks again.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { AppState } from '../../state/store';
import type { LessonRef } from '../../state/lesson/slice';
import { applyView, revealLesson } from '../../state/lesson/run';
import { draftOf, encodeHash } from '../../state/url/urlState';
import { useLessonText } from './useLessonText';
import './lesson.css';

const selectLesson = (s: AppState) => s.lesson.lesson;

// A new lesson (another object in the store) mounts a fresh card: no answer carried over.
const keys = new WeakMap<LessonRef, number>();
let nextKey = 0;
const keyOf = (ref: LessonRef) => {
  if (!keys.has(ref)) keys.set(ref, nextKey++);
  return keys.get(ref);
};

export function LessonCard() {
  const ref = useAppStore(selectLesson);
  return ref ? <LessonBody key={keyOf(ref)} lesson={ref} /> : null;
}

function LessonBody({ lesson: ref }: { lesson: LessonRef }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const text = useLessonText(ref);
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [answered, setAnswered] = useState(false);
  const [missing, setMissing] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  // The view the question was asked on, for "Try again".
  const [view] = useState(() => encodeHash(draftOf(store.getState())));

  useEffect(() => {
    if (answered) result.current?.focus();
  }, [answered]);

  if (!text) return null;
  const check = () => {
    if (choice === null) {
      setMissing(true);
      return;
    }
    setAnswered(true);
    revealLesson(store, ref);
  };
  const again = () => {
    applyView(store, view);
    setChoice(null);
    setAnswered(false);
  };
  const right = choice === text.answer;
  return (
    <section className="lesson-card" aria-labelledby={`${id}-title`} data-testid="lesson-card">
      <p className="lesson-label">{t('lesson.label')}</p>
      <h2 id={`${id}-title`} className="lesson-title">
        {text.title}
      </h2>
      {text.text && <p className="lesson-text">{text.text}</p>}
      <fieldset className="lesson-question" disabled={answered}>
        <legend>{text.question}</legend>
        {text.choices.map((c, i) => (
          <label key={i} className="lesson-choice">
            <input
              type="radio"
              name={`${id}-choice`}
              checked={choice === i}
              onChange={() => {
                setChoice(i);
                setMissing(false);
              }}
            />{' '}
            {c}
          </label>
        ))}
      </fieldset>
      <div className="lesson-actions">
        {!answered && (
          <button
            type="button"
            className="button primary"
            onClick={check}
            data-testid="lesson-check"
          >
            {t('lesson.check')}
          </button>
        )}
        {answered && (
          <button type="button" className="button" onClick={again}>
            {t('lesson.again')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => store.getState().lessonActions.openLesson(null)}
        >
          {t('lesson.close')}
        </button>
        {missing && (
          <p className="lesson-missing" role="alert">
            {t('lesson.pick')}
          </p>
        )}
      </div>
      {answered && choice !== null && (
        <div
          ref={result}
          tabIndex={-1}
          className={`lesson-result ${right ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="lesson-result"
          data-right={right}
        >
          <p className="lesson-verdict">
            {right ? t('lesson.right') : t('lesson.wrong', { answer: text.choices[text.answer] })}{' '}
            {!right && t('lesson.yourAnswer', { choice: text.choices[choice] })}
          </p>
          {text.explanation && <p>{text.explanation}</p>}
          <p className="muted">{t(text.play ? 'lesson.revealedPlay' : 'lesson.revealed')}</p>
        </div>
      )}
    </section>
  );
}
