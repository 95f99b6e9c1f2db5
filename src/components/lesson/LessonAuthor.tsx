// "Save as lesson": the header's Lesson button opens the author. The lesson opens on a saved
// view (the current one, or one saved earlier), asks a question with 2–6 choices, and after the
// answer switches to the reveal view (saved the same way) and plays. Out: a link and a JSON
// file; in: a JSON file, validated with zod (a bad one is named, and the form is kept).
// State and behaviour: useLessonAuthor.ts; the form: LessonFields.tsx.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openLessonHash } from '../../state/lesson/run';
import { useAppStoreApi } from '../../state/StoreProvider';
import { download } from '../../export/chartExport';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import { fileOf } from './authoring';
import { ControlPicker } from './ControlPicker';
import { LessonFields } from './LessonFields';
import { useLessonAuthor, type LessonAuthorState } from './useLessonAuthor';
import './lesson.css';

/** Opened from the header's Share menu (loaded on first use); the form is kept between openings. */
export default function LessonAuthor({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const copier = useCopy();
  const author = useLessonAuthor(copier.reset);
  // Opening: capture the view once, clear the last note and copy status (React's "adjust state
  // on a prop change" pattern).
  if (open !== shown) {
    setShown(open);
    if (open) {
      if (!author.view) author.saveView();
      author.clearNote();
      copier.reset();
    }
  }
  return (
    <>
      <Dialog id="lesson-dialog" open={open} onClose={onClose} title={t('lesson.author.title')}>
        <div className="lesson-author">
          <p>{t('lesson.author.intro')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={author.saveView}>
              {t('lesson.author.viewCapture')}
            </button>
            <p className="muted">
              {author.view && t('lesson.author.viewSet', { time: author.view.time })}
            </p>
          </div>
          <LessonFields form={author.form} set={author.set} onSaveReveal={author.saveReveal} />
          <ControlPicker
            legend={t('lesson.author.hide')}
            value={author.hide}
            onChange={author.setHide}
          />
          <LessonOutputs author={author} copier={copier} onOpened={onClose} />
        </div>
      </Dialog>
    </>
  );
}

interface OutputsProps {
  author: LessonAuthorState;
  copier: ReturnType<typeof useCopy>;
  onOpened(): void;
}

/** The lesson's link (or why there is none yet), its actions and the import's note. */
function LessonOutputs({ author, copier, onOpened }: OutputsProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const linkField = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { spec, view, hide, hash, link, note } = author;
  const saveFile = () => {
    if (!spec || !view) return;
    const text = fileOf(view.hash, hide, spec);
    download(new Blob([text], { type: 'application/json' }), 'losscape-lesson.json');
  };
  return (
    <>
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
      <DialogActions copy={copier.state}>
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
            onOpened();
          }}
          data-testid="author-open"
        >
          {t('lesson.author.open')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!spec || !view}
          onClick={saveFile}
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
          onChange={(e) => void author.importFile(e)}
          data-testid="author-file"
        />
      </DialogActions>
      {note && (
        <p
          role={note.ok ? 'status' : 'alert'}
          className={note.ok ? 'muted' : 'lesson-error'}
          data-testid="author-note"
        >
          {note.text}
        </p>
      )}
    </>
  );
}
