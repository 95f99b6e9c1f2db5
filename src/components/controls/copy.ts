// Copying to the clipboard, shared by every dialog that offers "Copy" (Share, Embed, Lesson,
// Code, Export). The clipboard is missing or refused on insecure pages and in iframes whose
// host did not allow it: then the caller selects the text so it can be copied by hand.
import { useCallback, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text; false where the clipboard is missing or refused (insecure page, iframe policy). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects an element's text (an input's value, or a block's contents) for copying by hand. */
export function selectText(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/**
 * The copy state of one dialog: `copy(text, fallback)` copies and, where the clipboard refuses,
 * selects `fallback` so the user can copy by hand; `reset()` clears the status line.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(async (text: string, fallback?: HTMLElement | null) => {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    if (!ok) selectText(fallback);
    return ok;
  }, []);
  const reset = useCallback(() => setState('idle'), []);
  return { state, copy, reset };
}
