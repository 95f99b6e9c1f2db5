// The presentation-mode shell: the P / Esc keys, leaving with the browser's fullscreen, the
// floating "Exit presentation" button (focused on entry, so the keyboard is never stranded
// when the header disappears), and an announcement for screen readers.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/present.css';
import {
  isPresenting,
  isTypingTarget,
  onFullscreenChange,
  setPresenting,
  subscribePresenting,
} from './presentation';

export const PRESENT_BUTTON_ID = 'present-button';

export function usePresenting(): boolean {
  return useSyncExternalStore(subscribePresenting, isPresenting, () => false);
}

export function Presentation() {
  const { t } = useTranslation();
  const presenting = usePresenting();
  const exitRef = useRef<HTMLButtonElement>(null);
  const entered = useRef(false);
  // "Left" is announced only after having been in (React's "previous value" pattern).
  const [prev, setPrev] = useState(presenting);
  const [left, setLeft] = useState(false);
  if (prev !== presenting) {
    setPrev(presenting);
    setLeft(!presenting);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if ((e.key === 'p' || e.key === 'P') && !isTypingTarget(e.target)) {
        e.preventDefault();
        setPresenting(!isPresenting());
      } else if (
        e.key === 'Escape' &&
        isPresenting() &&
        !(e.target instanceof Element && e.target.closest('dialog[open]'))
      ) {
        setPresenting(false);
      }
    };
    const onFs = () => onFullscreenChange();
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFs);
      setPresenting(false);
    };
  }, []);

  useEffect(() => {
    if (presenting) {
      entered.current = true;
      exitRef.current?.focus();
    } else if (entered.current) {
      // The focused element may have been the exit button, now gone: back to the header's.
      const active = document.activeElement;
      if (!active || active === document.body) document.getElementById(PRESENT_BUTTON_ID)?.focus();
    }
  }, [presenting]);

  return (
    <>
      <p className="visually-hidden" role="status">
        {presenting ? t('classroom.entered') : left ? t('classroom.left') : ''}
      </p>
      {presenting && (
        <button
          ref={exitRef}
          type="button"
          className="present-exit"
          title={t('classroom.exitTitle')}
          aria-keyshortcuts="Escape P"
          data-testid="present-exit"
          onClick={() => setPresenting(false)}
        >
          <span aria-hidden="true">✕</span>{' '}
          <span className="present-exit-label">{t('classroom.exit')}</span>
        </button>
      )}
    </>
  );
}
