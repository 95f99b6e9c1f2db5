import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyState } from './copy';

/**
 * A dialog's row of actions with its status line, read out by screen readers when it changes.
 * `copy` shows the shared copied / copy-failed words; `status` any other message.
 */
export function DialogActions(props: {
  children: ReactNode;
  copy?: CopyState;
  /** Words for the copy states, where the dialog has its own (e.g. "Code copied"). */
  copiedText?: string;
  copyFailedText?: string;
  status?: ReactNode;
  statusTestId?: string;
}) {
  const { t } = useTranslation();
  const copyWords =
    props.copy === 'copied'
      ? (props.copiedText ?? t('share.copied'))
      : props.copy === 'failed'
        ? (props.copyFailedText ?? t('share.copyFailed'))
        : '';
  return (
    <div className="dialog-actions">
      {props.children}
      <p role="status" className="muted" data-testid={props.statusTestId}>
        {props.status ?? copyWords}
      </p>
    </div>
  );
}
