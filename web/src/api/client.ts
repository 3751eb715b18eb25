/**
 * One way to talk to the Spil API: JSON in and out, the CSRF double-submit header on every
 * state-changing request, and one error type carrying the server's stable code.
 */
export interface FieldError { path: string; message: string }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /** Field errors keyed by field name ('body.nickname' → 'nickname'). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const fields = (this.details as { fields?: FieldError[] } | null)?.fields;
    if (!Array.isArray(fields)) return out;
    for (const f of fields) {
      const name = f.path.replace(/^body\.?/, '').split('.')[0] || '_form';
      out[name] ??= f.message;
    }
    return out;
  }
}

function csrfToken(): string {
  const match = document.cookie.split('; ').find((c) => c.startsWith('spil_csrf='));
  return match ? decodeURIComponent(match.slice('spil_csrf='.length)) : '';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method)) {
    let token = csrfToken();
    if (!token) {
      // The server sets the cookie on any /api response; fetch one if we have none yet.
      await fetch('/api/auth/me', { credentials: 'same-origin' }).catch(() => undefined);
      token = csrfToken();
    }
    headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '', null);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const err = (data ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(res.status, err.code ?? `HTTP_${res.status}`, err.message ?? '', err.details ?? null);
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
