import type { TFunction } from 'i18next';
import { useConfig } from '../../auth/session';
import { ApiError } from '../../api/client';
import type { ListItem, ListKey } from '../../api/types';
import type { Option } from '../../components/FormField';

/** The tenant's option lists (GET /api/config `lists`): always shown by their label. */
export function useLists() {
  const config = useConfig();
  const lists = config.data?.lists;
  const items = (key: ListKey): ListItem[] => lists?.[key] ?? [];
  return {
    ready: Boolean(lists),
    items,
    options: (key: ListKey): Option[] => items(key).map((i) => ({ value: i.key, label: i.label })),
    label: (key: ListKey, value: unknown): string => {
      if (typeof value !== 'string' || !value) return '';
      return items(key).find((i) => i.key === value)?.label ?? value;
    },
  };
}

/** Now as a value for <input type="datetime-local"> (the device's clock and zone). */
export function localNow(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as ISO with offset, or null when empty/invalid. */
export function toIso(local: string): string | null {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Field errors from a failed save; '_form' for anything not tied to a field. */
export function errorsFrom(e: unknown, t: TFunction): Record<string, string> {
  if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
    const f = e.fieldErrors();
    return Object.keys(f).length ? f : { _form: e.message || t('errors.generic') };
  }
  return { _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') };
}

/** Error summary entries with the field's label. */
export function summaryOf(errors: Record<string, string>, labels: Record<string, string>) {
  return Object.entries(errors).map(([field, message]) => (
    field === '_form' || !labels[field] ? { message } : { field, label: labels[field], message }
  ));
}
