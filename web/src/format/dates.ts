import i18n from '../i18n';

/**
 * All dates on screen go through here: Dutch style (23-11-2026, "23 november 2026"),
 * always in Europe/Amsterdam, whatever the device's own time zone is.
 */
const TIME_ZONE = 'Europe/Amsterdam';

function locale(): string {
  return i18n.language?.startsWith('en') ? 'en-GB' : 'nl-NL';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(), { timeZone: TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

function toDate(value: string | Date): Date | null {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 23-11-2026 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = toDate(value);
  if (!d) return String(value);
  const parts = fmt('parts', { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')}`;
}

/** 23 november 2026 */
export function formatLongDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = toDate(value);
  return d ? fmt('long', { day: 'numeric', month: 'long', year: 'numeric' }).format(d) : String(value);
}

/** 23-11-2026 14:05 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = toDate(value);
  if (!d) return String(value);
  const time = fmt('time', { hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return `${formatDate(d)} ${time}`;
}

/**
 * A calendar date without a time ('2004-03-09', a birth date): shown as 09-03-2004 with no
 * time-zone arithmetic, so it never shifts a day.
 */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** Machine-readable value for <time dateTime>. */
export function isoAttr(value: string | null | undefined): string | undefined {
  return value ?? undefined;
}
