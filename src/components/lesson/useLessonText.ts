// The words of a lesson in the current language: a built-in lesson's from i18n, an authored
// one's as its author wrote them (plain text, rendered as text only).
import { useTranslation } from 'react-i18next';
import { builtinLesson } from '../../state/lesson/builtins';
import type { LessonRef } from '../../state/lesson/slice';

export interface LessonText {
  title: string;
  text: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
  play: boolean;
}

export function useLessonText(ref: LessonRef | null): LessonText | null {
  const { t } = useTranslation();
  if (!ref) return null;
  if (ref.kind === 'custom') return ref.spec;
  const l = builtinLesson(ref.id);
  if (!l) return null;
  const k = `lesson.builtin.${ref.id}` as 'lesson.builtin.outlier';
  return {
    title: t(`${k}.title`),
    text: t(`${k}.text`),
    question: t(`${k}.question`),
    choices: Array.from({ length: l.choices }, (_, i) =>
      t(`${k}.choices.c${i}` as 'lesson.builtin.outlier.choices.c0'),
    ),
    answer: l.answer,
    explanation: t(`${k}.explanation`),
    play: l.play,
  };
}
