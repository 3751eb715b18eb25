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

/** Today's calendar date in Europe/Amsterdam ('2026-11-23'), to count days against calendar dates. */
export function amsterdamToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A calendar date 'YYYY-MM-DD' plus whole days (no time zone involved, so never a day off). */
export function plusCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from one 'YYYY-MM-DD' to another (negative when `to` lies before `from`). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/**
 * A calendar date with its weekday: "donderdag 26 november" (the year only when it is not this
 * year's), for due dates in sentences. No time-zone arithmetic, so it never shifts a day.
 */
export function formatWeekdayDate(value: string | null | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? '';
  const d = new Date(`${value}T12:00:00Z`);
  const withYear = value.slice(0, 4) !== amsterdamToday().slice(0, 4);
  return fmt(withYear ? 'weekday-year' : 'weekday', { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(d);
}
