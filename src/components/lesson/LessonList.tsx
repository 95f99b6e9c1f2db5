// The built-in lessons as cards: each a real link (its view and the lesson), opened in place on
// a plain click. Shown in the presets gallery and in the guide.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { BUILTIN_LESSONS } from '../../state/lesson/builtins';
import { builtinLessonHash, openLessonHash } from '../../state/lesson/run';
import './lesson.css';

export function LessonList({ onOpen }: { onOpen?(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const click = (e: MouseEvent<HTMLAnchorElement>, hash: string) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    openLessonHash(store, hash);
    window.scrollTo?.(0, 0);
    onOpen?.();
  };
  return (
    <section aria-labelledby="lesson-list-h" className="lesson-list-wrap">
      <h3 id="lesson-list-h">{t('lesson.listTitle')}</h3>
      <p className="muted">{t('lesson.listIntro')}</p>
      <ul className="lesson-list">
        {BUILTIN_LESSONS.map((l) => {
          const hash = builtinLessonHash(l);
          const k = `lesson.builtin.${l.id}` as 'lesson.builtin.outlier';
          return (
            <li key={l.id} className="preset-card" data-lesson={l.id}>
              <a href={hash} onClick={(e) => click(e, hash)} className="preset-link">
                {t(`${k}.title`)}
              </a>
              <p>{t(`${k}.question`)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
