import { useTranslation } from 'react-i18next';
import { PresetsButton } from '../presets/PresetsButton';
import { UndoButtons } from '../undo/UndoButtons';
import { PresentButton } from '../classroom/PresentButton';
import { EmbedButton } from './EmbedButton';
import { ExportButton } from '../teach/ExportButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './ShareButton';
import { LogoMark } from './icons';
import { Tabs } from './Tabs';
import { Lockable } from '../lesson/Lockable';
import { LessonAuthor } from '../lesson/LessonAuthor';
import { ThemeToggle } from './ThemeToggle';

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
        <ShareButton />
        <EmbedButton />
        <LessonAuthor />
        <ExportButton />
        <PresentButton />
        <LanguageSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
