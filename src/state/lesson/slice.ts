// Lessons and the classroom settings of one app instance: the controls the link hides, the
// origins an embedding page may drive the view from (`origins=`), and the open lesson. All of
// it lives in the URL (state/url/lessonFields.ts); the learner's answer does not (a reload asks
// again).
import type { StateCreator } from 'zustand/vanilla';
import type { ControlId } from './controls';
import type { LessonSpec } from './spec';

/** A built-in lesson by id, or an authored one carried whole. */
export type LessonRef = { kind: 'builtin'; id: string } | { kind: 'custom'; spec: LessonSpec };

export interface LessonState {
  /** Known control ids only (the URL reader drops and reports the others). */
  hide: string[];
  origins: string[];
  lesson: LessonRef | null;
}

export interface LessonActions {
  setHide(hide: ControlId[]): void;
  openLesson(lesson: LessonRef | null): void;
}

export interface LessonSlice {
  lesson: LessonState;
  lessonActions: LessonActions;
}

export const initialLesson = (): LessonState => ({ hide: [], origins: [], lesson: null });

export const createLessonSlice: StateCreator<LessonSlice, [], [], LessonSlice> = (set) => ({
  lesson: initialLesson(),
  lessonActions: {
    setHide: (hide) => set((s) => ({ lesson: { ...s.lesson, hide } })),
    openLesson: (lesson) => set((s) => ({ lesson: { ...s.lesson, lesson } })),
  },
});
