import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal <dialog>: focus is trapped and Escape closes it, as the browser does natively. */
export function Dialog(props: {
  open: boolean;
  onClose(): void;
  title: string;
  id: string;
  /** Extra classes of the <dialog> (e.g. a wider one). */
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  // In the commit that renders the contents (not after paint): no moment shows them in a closed
  // dialog, where an Escape would find nothing to close and the dialog open a moment later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (props.open && !el.open) el.showModal();
    if (!props.open && el.open) el.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${props.className ?? ''}`}
      aria-labelledby={`${props.id}-title`}
      onClose={props.onClose}
      data-testid={props.id}
    >
      <div className="dialog-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <button type="button" className="button" onClick={props.onClose}>
          {t('share.close')}
        </button>
      </div>
      {props.open && props.children}
    </dialog>
  );
}
