// "Save as lesson": the header's Lesson button opens the author. The lesson opens on a saved
// view (the current one, or one saved earlier), asks a question with 2–6 choices, and after the
// answer switches to the reveal view (saved the same way) and plays. Out: a link and a JSON
// file; in: a JSON file, validated with zod (a bad one is named, and the form is kept).
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { splitControls, type ControlId } from '../../state/lesson/controls';
import { openLessonHash } from '../../state/lesson/run';
import { LESSON_LIMITS as L, MAX_LESSON_FILE, readLessonFile } from '../../state/lesson/spec';
import { decodeHash } from '../../state/url/urlState';
import { absoluteLink } from '../../state/url/link';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { fileOf, lessonHash, validSpec, viewOf } from './authoring';
import { ControlPicker } from './ControlPicker';
import './lesson.css';

interface Form {
  title: string;
  text: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
  reveal: string;
  play: boolean;
}
const EMPTY: Form = {
  title: '',
  text: '',
  question: '',
  choices: ['', ''],
  answer: 0,
  explanation: '',
  reveal: '',
  play: true,
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opened from the header's Share menu (loaded on first use); the form is kept between openings. */
export default function LessonAuthor({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [shown, setShown] = useState(false);
  const [form, setForm] = useState<Form>(EMPTY);
  const [view, setView] = useState<{ hash: string; time: string } | null>(null);
  const [hide, setHide] = useState<ControlId[]>([]);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const copier = useCopy();
  const linkField = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const saveView = () =>
    setView({ hash: viewOf(store.getState()), time: new Date().toLocaleTimeString() });
  if (open !== shown) {
    setShown(open);
    if (open) {
      if (!view) saveView();
      setNote(null);
      copier.reset();
    }
  }
  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    copier.reset();
  };
  const setChoice = (i: number, v: string) =>
    set({ choices: form.choices.map((c, j) => (j === i ? v : c)) });

  const spec = validSpec(form);
  const hash = spec && view ? lessonHash(view.hash, hide, spec) : null;
  const link = hash ? absoluteLink(window.location, hash) : '';

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

  const text = (key: 'title' | 'question', max: number) => (
    <label className="dialog-field">
      <span>{t(key === 'title' ? 'lesson.author.titleField' : 'lesson.author.question')}</span>
      <input
        type="text"
        className="text-input"
        maxLength={max}
        value={form[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`author-${key}`}
      />
    </label>
  );
  const area = (key: 'text' | 'explanation', max: number) => (
    <label className="dialog-field">
      <span>{t(`lesson.author.${key}`)}</span>
      <textarea
        className="text-input"
        rows={3}
        maxLength={max}
        value={form[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`author-${key}`}
      />
    </label>
  );

  return (
    <>
      <Dialog id="lesson-dialog" open={open} onClose={onClose} title={t('lesson.author.title')}>
        <div className="lesson-author">
          <p>{t('lesson.author.intro')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={saveView}>
              {t('lesson.author.viewCapture')}
            </button>
            <p className="muted">{view && t('lesson.author.viewSet', { time: view.time })}</p>
          </div>
          {text('title', L.title)}
          {area('text', L.text)}
          {text('question', L.question)}
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
          {area('explanation', L.explanation)}
          <fieldset className="field-group">
            <legend>{t('lesson.author.reveal')}</legend>
            <p className="hint">{t('lesson.author.revealHint')}</p>
            <div className="dialog-actions">
              <button
                type="button"
                className="button"
                onClick={() => set({ reveal: viewOf(store.getState()) })}
                data-testid="author-reveal"
              >
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
          <ControlPicker legend={t('lesson.author.hide')} value={hide} onChange={setHide} />
          <label className="dialog-field" htmlFor={`${id}-link`}>
            <span>{t('lesson.author.link')}</span>
          </label>
          {spec ? (
            <textarea
              ref={linkField}
              id={`${id}-link`}
              className="text-input snippet"
              readOnly
              rows={3}
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="author-link"
            />
          ) : (
            <p className="hint" id={`${id}-link`} data-testid="author-invalid">
              {t('lesson.author.invalid')}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="button"
              disabled={!spec}
              onClick={() => void copier.copy(link, linkField.current)}
            >
              {t('lesson.author.copy')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!hash}
              onClick={() => {
                if (!hash) return;
                openLessonHash(store, hash);
                onClose();
              }}
              data-testid="author-open"
            >
              {t('lesson.author.open')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!spec || !view}
              onClick={() =>
                spec && view && download('losscape-lesson.json', fileOf(view.hash, hide, spec))
              }
              data-testid="author-download"
            >
              {t('lesson.author.download')}
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              {t('lesson.author.import')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(e) => void importFile(e)}
              data-testid="author-file"
            />
          </div>
          <p role="status" className="muted">
            {copier.state === 'copied'
              ? t('share.copied')
              : copier.state === 'failed'
                ? t('share.copyFailed')
                : ''}
          </p>
          {note && (
            <p
              role={note.ok ? 'status' : 'alert'}
              className={note.ok ? 'muted' : 'lesson-error'}
              data-testid="author-note"
            >
              {note.text}
            </p>
          )}
        </div>
      </Dialog>
    </>
  );
}
