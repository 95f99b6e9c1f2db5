import { useTranslation } from 'react-i18next';
import { PresetsButton } from '../presets/PresetsButton';
import { UndoButtons } from '../undo/UndoButtons';
import { PresentButton } from '../classroom/PresentButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareMenu } from './ShareMenu';
import { LogoMark } from './icons';
import { Tabs } from './Tabs';
import { Lockable } from '../lesson/Lockable';
import { ThemeToggle } from './ThemeToggle';

/** One row at 1280 px (brand | tabs | actions); two short rows on a phone (tabs, then actions). */
export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark />
        <div>
          <h1 className="app-title">{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <Lockable id="tabs">
        <Tabs />
      </Lockable>
      <div className="settings">
        <UndoButtons />
        <Lockable id="presets">
          <PresetsButton />
        </Lockable>
        <ShareMenu />
        <PresentButton />
        <LanguageSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
