import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, get, isApiError } from '../../api/client';
import type { Youth } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../format/dates';
import { NoAccess } from '../youth/NoAccess';
import { FieldComparison, type DocField } from './DocumentVersions';
import type { DocumentPath, YouthDocument } from './types';
import { useYouthDocument } from './useYouthDocument';
import './picture.css';

/**
 * What the three versioned screens of the picture of the youth (mijn plan, zoekprofiel,
 * verkoopverhaal) share: the frame with the youth's name and the way back to the file, and an
 * editor that keeps the user's text through a save conflict.
 */

export const useYouthId = () => (useParams({ strict: false }) as { youthId: string }).youthId;

/** Same query as the youth file, so coming from the file the name is there at once. */
export function useYouth(youthId: string) {
  return useQuery({ queryKey: ['youth', youthId], queryFn: () => get<Youth>(`/api/youth/${youthId}`), retry: false });
}

/** A media query as React state (for layouts that change behaviour, not only looks). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', notify);
      return () => m.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Title, the way back to the file's "Beeld" tab, and the loading and no-access states. */
export function PicturePage({ youthId, title, pre, children }: {
  youthId: string; title: (name: string) => string; pre?: (name: string) => ReactNode; children: (youth: Youth) => ReactNode;
}) {
  const { t } = useTranslation();
  const youth = useYouth(youthId);
  if (youth.isPending) return <><PageTitle title={t('plan.common.loadingTitle')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  if (youth.isError) {
    if (isApiError(youth.error) && youth.error.status === 403) return <NoAccess />;
    if (isApiError(youth.error) && (youth.error.status === 404 || youth.error.code === 'VALIDATION_FAILED')) {
      return <><PageTitle title={t('file.notFoundTitle')} /><Alert type="warning">{t('file.notFound')}</Alert></>;
    }
    return <><PageTitle title={t('plan.common.loadingTitle')} /><Alert type="error">{t('errors.loadFailed')}</Alert></>;
  }
  const name = youth.data.displayName;
  return (
    <div className="spil-picture-page">
      <p className="spil-back">
        <Link to="/jongeren/$youthId" params={{ youthId }} hash="beeld" className="utrecht-link">
          <span aria-hidden="true">←</span><span>{t('plan.common.backToFile', { name })}</span>
        </Link>
      </p>
      <PageTitle title={title(name)} pre={pre?.(name)} />
      {children(youth.data)}
    </div>
  );
}

/** Field errors of a document save, keyed by the field's path in the body ('youth.wants'). */
export function documentErrors(e: unknown, t: TFunction): Record<string, string> {
  if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
    const fields = (e.details as { fields?: { path: string; message: string }[] } | null)?.fields ?? [];
    const out: Record<string, string> = {};
    for (const f of fields) {
      const key = f.path.replace(/^body\.?/, '').replace(/\.\d+$/, '') || '_form';
      out[key] ??= f.message;
    }
    return Object.keys(out).length ? out : { _form: e.message || t('errors.generic') };
  }
  if (e instanceof ApiError && e.code === 'NETWORK') return { _form: t('errors.NETWORK') };
  return { _form: e instanceof ApiError && e.message ? e.message : t('errors.generic') };
}

/** Client-side length check, with the count so the user knows how much to cut. */
export function lengthErrors(values: Record<string, string>, max: Record<string, number>, t: TFunction) {
  const errs: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const limit = max[key];
    if (limit !== undefined && value.trim().length > limit) errs[key] = t('plan.common.tooLong', { max: limit, count: value.trim().length });
  }
  return errs;
}

/**
 * The editing state of one versioned document. The draft is the user's; it is never replaced
 * behind their back. A save names the version the draft was made on; when someone else saved
 * in between, the hook reports their version as `conflict` and the draft stays as typed.
 */
export function useDocumentEditor<B, D>(youthId: string, path: DocumentPath, opts: {
  toDraft: (body: B | null) => D; toBody: (draft: D) => B; validate: (draft: D) => Record<string, string>;
}) {
  const { t } = useTranslation();
  const { doc, save, conflict, clearConflict } = useYouthDocument<B>(youthId, path);
  const [draft, setDraft] = useState<D | null>(null);
  const [base, setBase] = useState<YouthDocument<B> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const optsRef = useRef(opts);
  optsRef.current = opts;

  useEffect(() => {
    if (draft === null && doc.data) {
      setDraft(optsRef.current.toDraft(doc.data.body));
      setBase(doc.data);
    }
  }, [doc.data, draft]);

  const send = (version: number) => {
    if (!draft) return;
    const errs = opts.validate(draft);
    setErrors(errs);
    setNotice(null);
    if (Object.keys(errs).length) return;
    const before = version;
    const sent = draft;
    save.mutate({ version, body: opts.toBody(draft) }, {
      onSuccess: (saved) => {
        setBase(saved);
        // Take the saved (trimmed) text, unless the user typed on while it was being saved.
        setDraft((d) => (d === sent ? opts.toDraft(saved.body) : d));
        setNotice(saved.version === before ? t('plan.common.unchanged', { version: saved.version }) : t('plan.common.saved', { version: saved.version }));
      },
      onError: (e) => {
        if (isApiError(e, 'VERSION_CONFLICT')) { setErrors({}); return; }
        setErrors(documentErrors(e, t));
      },
    });
  };

  const savedBody = base ? JSON.stringify(opts.toBody(opts.toDraft(base.body))) : '';
  const dirty = draft !== null && base !== null && JSON.stringify(opts.toBody(draft)) !== savedBody;

  return {
    loading: doc.isPending,
    loadError: doc.isError,
    draft,
    update: (fn: (d: D) => D) => { setNotice(null); setDraft((d) => (d === null ? d : fn(d))); },
    base,
    dirty,
    errors,
    notice,
    saving: save.isPending,
    conflict,
    /** Save on the version the draft was made on. */
    save: () => { if (base) send(base.version); },
    /** After a conflict: the user's text becomes the next version, on top of the other one. */
    keepMine: () => { if (conflict) { setBase(conflict); send(conflict.version); } },
    /** After a conflict: drop the user's text and continue from the other person's version. */
    takeTheirs: () => {
      if (!conflict) return;
      setBase(conflict);
      setDraft(opts.toDraft(conflict.body));
      setErrors({});
      setNotice(null);
      clearConflict();
    },
  };
}

/** The save button with what happened last, and whether there are unsaved changes. */
export function SaveBar({ label, busy, dirty, notice, base }: {
  label: string; busy: boolean; dirty: boolean; notice: string | null; base: YouthDocument<unknown> | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="spil-savebar">
      <div className="spil-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={busy}>{label}</Button>
        <p className="spil-savebar__state" aria-live="polite">
          {dirty ? t('plan.common.unsaved') : base && base.version > 0
            ? t('plan.common.lastSaved', { version: base.version, date: formatDateTime(base.savedAt), author: base.author?.name ?? '' })
            : t('plan.common.notSavedYet')}
        </p>
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
    </div>
  );
}

/**
 * Someone else saved while this user was typing: say who and when, show where the two
 * differ, and let the user choose. Nothing typed is lost until they choose "take theirs".
 */
export function ConflictNotice<B>({ conflict, fields, mine, onKeepMine, onTakeTheirs, busy }: {
  conflict: YouthDocument<B>; fields: DocField<B>[]; mine: B; onKeepMine: () => void; onTakeTheirs: () => void; busy: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [conflict.version]);
  return (
    <section ref={ref} tabIndex={-1} className="spil-conflict" aria-labelledby="conflict-title">
      <div className="utrecht-alert utrecht-alert--warning spil-alert" role="alert">
        <div className="utrecht-alert__content">
          <h2 className="utrecht-heading-3" id="conflict-title">{t('plan.conflict.title')}</h2>
          <p className="utrecht-paragraph">{t('plan.conflict.text', {
            author: conflict.author?.name ?? t('common.unknown'), date: formatDateTime(conflict.savedAt), version: conflict.version,
          })}</p>
          <div className="spil-actions">
            <Button variant="primary" onClick={onKeepMine} busy={busy} disabled={busy}>{t('plan.conflict.keepMine')}</Button>
            <Button variant="secondary" onClick={onTakeTheirs}>{t('plan.conflict.takeTheirs')}</Button>
          </div>
        </div>
      </div>
      <FieldComparison fields={fields} headingLevel={3}
        left={{ title: t('plan.versions.version', { version: conflict.version }), meta: `${formatDateTime(conflict.savedAt)}, ${conflict.author?.name ?? ''}`, body: conflict.body }}
        right={{ title: t('plan.conflict.yourText'), meta: '', body: mine }} />
    </section>
  );
}

