// Which keys undo and redo: Ctrl+Z / ⌘Z, Shift+Ctrl+Z / Shift+⌘Z, and Ctrl+Y. In a text field
// they are left to the browser, whose own undo edits the text being typed.

export type UndoCommand = 'undo' | 'redo';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function undoCommand(e: KeyLike): UndoCommand | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.metaKey && !e.shiftKey) return 'redo';
  return null;
}

/** Input types whose text the browser edits (and undoes) itself. */
const TEXT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

interface ElementLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

export function editsText(target: ElementLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea') return true;
  return tag === 'input' && TEXT_TYPES.has((target.type ?? 'text').toLowerCase());
}

/** How the shortcuts read on this platform. */
export function shortcutLabels(platform: string): { undo: string; redo: string } {
  return /Mac|iPhone|iPad|iPod/.test(platform)
    ? { undo: '⌘Z', redo: '⇧⌘Z' }
    : { undo: 'Ctrl+Z', redo: 'Ctrl+Y' };
}
