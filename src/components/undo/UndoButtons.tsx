import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../state/StoreProvider';
import { undoFor, type UndoStatus } from '../../state/undo/undo';
import { RedoIcon, UndoIcon } from '../layout/icons';
import { shortcutLabels, type UndoCommand } from './keys';
import './undo.css';

const keys = shortcutLabels(typeof navigator === 'undefined' ? '' : navigator.platform);
const BUTTONS = [
  { command: 'undo', Icon: UndoIcon, shortcuts: 'Control+Z Meta+Z' },
  { command: 'redo', Icon: RedoIcon, shortcuts: 'Control+Shift+Z Meta+Shift+Z Control+Y' },
] as const;
const enabled = (s: UndoStatus, command: UndoCommand) =>
  command === 'undo' ? s.canUndo : s.canRedo;

/** The header's Undo and Redo buttons, disabled when there is no step to take. */
export function UndoButtons() {
  const { t } = useTranslation();
  const undo = undoFor(useAppStoreApi());
  const status = useStore(undo.status);
  return (
    <div className="undo-buttons" role="group" aria-label={t('offline.history')}>
      {BUTTONS.map(({ command, Icon, shortcuts }) => (
        <button
          key={command}
          type="button"
          className="button header-button icon-button"
          aria-label={t(`offline.${command}`)}
          title={t(`offline.${command}Hint`, { keys: keys[command] })}
          aria-keyshortcuts={shortcuts}
          disabled={!enabled(status, command)}
          onClick={() => undo[command]()}
        >
          <Icon />
        </button>
      ))}
    </div>
  );
}
