import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../controls/Dialog';

// The gallery's links are written by the URL writer: they load when the dialog first opens.
const PresetList = lazy(() => import('./PresetList').then((m) => ({ default: m.PresetList })));
const LessonList = lazy(() =>
  import('../lesson/LessonList').then((m) => ({ default: m.LessonList })),
);

/** The header's Presets button: the gallery in a dialog. */
export function PresetsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button header-button" onClick={() => setOpen(true)}>
        {t('presets.button')}
      </button>
      <Dialog
        id="presets-dialog"
        open={open}
        onClose={() => setOpen(false)}
        title={t('presets.title')}
      >
        <p>{t('presets.intro')}</p>
        <Suspense fallback={null}>
          <PresetList onOpen={() => setOpen(false)} />
          <LessonList onOpen={() => setOpen(false)} />
        </Suspense>
      </Dialog>
    </>
  );
}
