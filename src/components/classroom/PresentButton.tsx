import { useTranslation } from 'react-i18next';
import { PresentIcon } from '../layout/icons';
import { setPresenting } from './presentation';
import { PRESENT_BUTTON_ID, usePresenting } from './Presentation';

/** The header's way into presentation mode (the P key is the other). */
export function PresentButton() {
  const { t } = useTranslation();
  const presenting = usePresenting();
  return (
    <button
      type="button"
      id={PRESENT_BUTTON_ID}
      className="button header-button icon-text-button"
      aria-pressed={presenting}
      aria-keyshortcuts="P"
      title={t('classroom.presentTitle')}
      data-testid="present-button"
      onClick={() => setPresenting(!presenting)}
    >
      <PresentIcon />
      <span className="button-text">{t('classroom.present')}</span>
    </button>
  );
}
