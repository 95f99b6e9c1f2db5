// The header's Share menu: Share link, Embed, Lesson and Export in one button, so the header
// stays one row at 1280 px. Each dialog's code loads on its first opening (React.lazy) and the
// dialog then stays mounted, closed, so a half-written lesson survives closing it.
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withStrings } from '../../i18n/strings';

// Each with the strings of the areas it shows beyond the shell's (src/i18n/areaUse.test.ts).
const DIALOGS = {
  share: lazy(withStrings([], () => import('./ShareButton'))),
  embed: lazy(withStrings(['digits'], () => import('./EmbedButton'))),
  lesson: lazy(withStrings([], () => import('../lesson/LessonAuthor'))),
  export: lazy(withStrings([], () => import('../export/ExportButton'))),
} as const;
type Which = keyof typeof DIALOGS;
const ITEMS: {
  id: Which;
  label: 'share.item' | 'embed.button' | 'lesson.author.button' | 'teach.export.button';
}[] = [
  { id: 'share', label: 'share.item' },
  { id: 'embed', label: 'embed.button' },
  { id: 'lesson', label: 'lesson.author.button' },
  { id: 'export', label: 'teach.export.button' },
];

export function ShareMenu() {
  const { t } = useTranslation();
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Which | null>(null);
  const [loaded, setLoaded] = useState<Which[]>([]);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // The first item takes focus when the menu opens; a click elsewhere closes it.
  useEffect(() => {
    if (!menu) return;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      const root = button.current?.parentElement;
      if (root && !root.contains(e.target as Node)) setMenu(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [menu]);

  const choose = (id: Which) => {
    setMenu(false);
    setLoaded((l) => (l.includes(id) ? l : [...l, id]));
    setOpen(id);
  };
  const close = () => {
    setOpen(null);
    button.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(
      list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    );
    const i = items.indexOf(document.activeElement as HTMLElement);
    const go = (k: number) => items[(k + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setMenu(false);
      if (e.key === 'Escape') button.current?.focus();
      if (e.key === 'Tab') return;
    } else return;
    e.preventDefault();
  };

  return (
    <div className="share-menu">
      <button
        ref={button}
        type="button"
        className="button header-button"
        aria-haspopup="menu"
        aria-expanded={menu}
        title={t('share.menuHint')}
        onClick={() => setMenu((m) => !m)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setMenu(true);
          }
        }}
        data-testid="share-menu"
      >
        {t('share.button')} <span aria-hidden="true">▾</span>
      </button>
      {menu && (
        <ul
          ref={list}
          className="menu"
          role="menu"
          aria-label={t('share.button')}
          onKeyDown={onKey}
        >
          {ITEMS.map(({ id, label }) => (
            <li key={id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                onClick={() => choose(id)}
                data-testid={`${id}-button`}
              >
                {t(label)}…
              </button>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={null}>
        {loaded.map((id) => {
          const D = DIALOGS[id];
          return <D key={id} open={open === id} onClose={close} />;
        })}
      </Suspense>
    </div>
  );
}
