// The lesson author's state and behaviour: the form, the saved view, the hidden controls, the
// import of a lesson file (validated; a bad one is named and the form kept) and the outputs
// derived from them (the spec when valid, the lesson's hash and link).
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { splitControls, type ControlId } from '../../state/lesson/controls';
import { MAX_LESSON_FILE, readLessonFile } from '../../state/lesson/spec';
import { absoluteLink } from '../../state/url/link';
import { decodeHash } from '../../state/url/urlState';
import { lessonHash, validSpec, viewOf } from './authoring';

export interface LessonForm {
  title: string;
  text: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
  reveal: string;
  play: boolean;
}
export const EMPTY_FORM: LessonForm = {
  title: '',
  text: '',
  question: '',
  choices: ['', ''],
  answer: 0,
  explanation: '',
  reveal: '',
  play: true,
};

/** A message under the form: an import's result or error. */
export interface Note {
  ok: boolean;
  text: string;
}

/** `onEdit` is told of every change (the dialog clears its copy status). */
export function useLessonAuthor(onEdit: () => void) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [form, setForm] = useState<LessonForm>(EMPTY_FORM);
  const [view, setView] = useState<{ hash: string; time: string } | null>(null);
  const [hide, setHide] = useState<ControlId[]>([]);
  const [note, setNote] = useState<Note | null>(null);

  const saveView = () =>
    setView({ hash: viewOf(store.getState()), time: new Date().toLocaleTimeString() });
  const set = (patch: Partial<LessonForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    onEdit();
  };
  const saveReveal = () => set({ reveal: viewOf(store.getState()) });

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    if (f.size > MAX_LESSON_FILE)
      return setNote({ ok: false, text: t('lesson.author.errors.tooLarge') });
    let raw: string;
    try {
      raw = await f.text();
    } catch {
      return setNote({ ok: false, text: t('lesson.author.errors.read') });
    }
    const r = readLessonFile(raw);
    if (!r.ok) {
      const [code, field = ''] = r.error.split(':') as ['tooLarge' | 'notJson' | 'field', string?];
      return setNote({ ok: false, text: t(`lesson.author.errors.${code}`, { field }) });
    }
    const { lesson, view: v } = r.value;
    setForm({ ...lesson, choices: [...lesson.choices] });
    setHide(splitControls(decodeHash(v).draft.lesson.hide).known);
    setView({ hash: v || '#/explore', time: new Date().toLocaleTimeString() });
    setNote({ ok: true, text: t('lesson.author.imported', { title: lesson.title }) });
  };

  const spec = validSpec(form);
  const hash = spec && view ? lessonHash(view.hash, hide, spec) : null;
  const link = hash ? absoluteLink(window.location, hash) : '';
  return {
    form,
    set,
    view,
    saveView,
    saveReveal,
    hide,
    setHide,
    note,
    clearNote: () => setNote(null),
    importFile,
    spec,
    hash,
    link,
  };
}

export type LessonAuthorState = ReturnType<typeof useLessonAuthor>;
