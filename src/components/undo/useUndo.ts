import { useEffect } from 'react';
import { useAppStoreApi } from '../../state/StoreProvider';
import { undoFor } from '../../state/undo/undo';
import { editsText, undoCommand } from './keys';

/**
 * Records this view's undo history and answers the shortcuts. A pointer held down (a drag on a
 * chart or a slider) is one gesture: its edits become one step when it is released.
 */
export function useUndo(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const undo = undoFor(store);
    const detach = undo.attach();
    const down = new Set<number>();
    const onDown = (e: PointerEvent) => {
      down.add(e.pointerId);
      undo.hold(true);
    };
    const onUp = (e: PointerEvent) => {
      down.delete(e.pointerId);
      if (!down.size) undo.hold(false);
    };
    const onBlur = () => {
      down.clear();
      undo.hold(false);
    };
    const onKey = (e: KeyboardEvent) => {
      const command = undoCommand(e);
      if (!command || e.defaultPrevented || editsText(e.target as HTMLElement | null)) return;
      e.preventDefault();
      if (command === 'undo') undo.undo();
      else undo.redo();
    };
    const opts = { capture: true };
    window.addEventListener('pointerdown', onDown, opts);
    window.addEventListener('pointerup', onUp, opts);
    window.addEventListener('pointercancel', onUp, opts);
    window.addEventListener('blur', onBlur);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown, opts);
      window.removeEventListener('pointerup', onUp, opts);
      window.removeEventListener('pointercancel', onUp, opts);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('keydown', onKey);
      detach();
    };
  }, [store]);
}
