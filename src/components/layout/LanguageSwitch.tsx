import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectLang } from '../../state/selectors';
import { LANGS, type Lang } from '../../state/prefs';
import { GlobeIcon } from './icons';

/** Each language is named in itself, so it can be found whatever the current one is. */
const NATIVE_NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lang = useAppStore(selectLang);
  return (
    <label className="control">
      <GlobeIcon />
      <span className="visually-hidden">{t('settings.language')}</span>
      <select
        className="select"
        value={lang}
        onChange={(e) => store.getState().setLang(e.target.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
