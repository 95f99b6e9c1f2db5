import { useTranslation } from 'react-i18next';
import { PresetsButton } from '../presets/PresetsButton';
import { PresentButton } from '../classroom/PresentButton';
import { EmbedButton } from './EmbedButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './ShareButton';
import { LogoMark } from './icons';
import { Tabs } from './Tabs';
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
      <Tabs />
      <div className="settings">
        <PresetsButton />
        <ShareButton />
        <EmbedButton />
        <PresentButton />
        <LanguageSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
