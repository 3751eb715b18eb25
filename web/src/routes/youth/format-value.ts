import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../format/dates';

/** A history value as text: dates in Dutch style, lists joined, nothing as "(leeg)". */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function formatValue(t: TFunction, field: string, value: unknown, names?: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  if (field === 'influence' && typeof value === 'string') return value === 'neutral' ? t('history.neutral') : value.toUpperCase();
  if (Array.isArray(value)) {
    if (!value.length) return t('history.empty');
    if (field === 'targetIndicators') return value.map((v) => t(`indicators.${String(v)}`, { defaultValue: String(v) })).join(', ');
    return value.map((v) => formatValue(t, field, v, names)).join(', ');
  }
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value);
    // A quick-scan point's status.
    if (/^points\.\w+\.status$/.test(field)) return t(`picture.quickScan.status.${value}`, { defaultValue: value });
    // Team and coach changes arrive as ids; show the name where this user can know it.
    if (UUID.test(value)) return names?.get(value.toLowerCase()) ?? t('history.unknownRef');
    return value;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    return JSON.stringify(value);
  }
  return String(value);
}
