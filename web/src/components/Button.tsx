import { Link, type LinkProps } from '@tanstack/react-router';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'danger';

function classes(variant: ButtonVariant, busy?: boolean, extra?: string) {
  return [
    'utrecht-button',
    variant === 'primary' && 'utrecht-button--primary-action',
    variant === 'secondary' && 'utrecht-button--secondary-action',
    variant === 'subtle' && 'utrecht-button--subtle',
    variant === 'danger' && 'utrecht-button--primary-action utrecht-button--danger',
    busy && 'utrecht-button--busy',
    extra,
  ].filter(Boolean).join(' ');
}

export function Button({ variant = 'secondary', busy, className, type = 'button', children, ...rest }:
  ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; busy?: boolean; children: ReactNode }) {
  return (
    <button type={type} className={classes(variant, busy, className)} aria-busy={busy || undefined} {...rest}>
      {children}
    </button>
  );
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant = 'secondary', className, ...props }: LinkProps & { variant?: ButtonVariant; className?: string }) {
  const cls = [
    'utrecht-button-link', 'utrecht-button-link--html-a',
    variant === 'primary' ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action',
    className,
  ].filter(Boolean).join(' ');
  return <Link {...props} className={cls} />;
}

export function ButtonGroup({ children, label }: { children: ReactNode; label?: string }) {
  return <div className="utrecht-button-group spil-button-group" role={label ? 'group' : undefined} aria-label={label}>{children}</div>;
}

/** The closing row of a form in a dialog: save (busy while sending) and cancel. */
export function FormActions({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="spil-actions">
      <Button type="submit" variant="primary" busy={busy} disabled={busy}>{label}</Button>
      <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
    </div>
  );
}
