import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog> element: focus is trapped and Escape closes it by the
 * browser itself; focus returns to the control that opened it.
 */
export function Dialog({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onNativeClose = () => {
      if (opener.current instanceof HTMLElement) opener.current.focus();
      onClose();
    };
    dialog.addEventListener('close', onNativeClose);
    return () => dialog.removeEventListener('close', onNativeClose);
  }, [onClose]);

  return (
    <dialog ref={ref} className="spil-dialog" aria-labelledby={titleId}>
      {open ? (
        <div className="spil-dialog__body">
          <div className="spil-dialog__header">
            <h2 className="utrecht-heading-2" id={titleId}>{title}</h2>
            <button type="button" className="utrecht-button utrecht-button--subtle spil-dialog__close" onClick={() => ref.current?.close()}>
              {t('common.close')}
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
