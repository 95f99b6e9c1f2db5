import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../controls/Dialog';
import { PresetList } from './PresetList';
import { LessonList } from '../lesson/LessonList';

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
        <PresetList onOpen={() => setOpen(false)} />
        <LessonList onOpen={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
