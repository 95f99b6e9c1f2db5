import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { MoonIcon } from './icons';
import { useEffectiveTheme } from './useEffectiveTheme';

/** A switch between light and dark; the first press stores an explicit choice. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const dark = useEffectiveTheme() === 'dark';
  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      className="control switch"
      onClick={() => store.getState().setTheme(dark ? 'light' : 'dark')}
    >
      <MoonIcon />
      <span className="button-text">{t('settings.darkTheme')}</span>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
    </button>
  );
}
