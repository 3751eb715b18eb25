import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CheckboxField, SelectField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { StatusBadge } from '../../components/StatusText';
import { formatDateTime } from '../../format/dates';
import type { DocumentPath, DocumentVersion } from './types';
import { fetchDocumentVersion, useDocumentVersions } from './useYouthDocument';

/**
 * One field of a versioned document as people read it: `key` is its path in the body as the
 * server names it in `changedFields` ('youth.wants', 'preferences.head_hands', 'companies').
 */
export interface DocField<B> { key: string; label: string; value: (body: B | null) => string }

/** The label of a changed field; a path below a known field counts as that field. */
function labelOf<B>(fields: DocField<B>[], key: string): string {
  return fields.find((f) => f.key === key)?.label
    ?? fields.find((f) => key.startsWith(`${f.key}.`))?.label
    ?? key;
}

export function changedLabels<B>(fields: DocField<B>[], keys: string[]): string[] {
  // In the order of the form, not the order the server happened to list them.
  const labels = new Set(keys.map((k) => labelOf(fields, k)));
  const ordered = fields.map((f) => f.label).filter((l) => labels.has(l));
  return [...ordered, ...[...labels].filter((l) => !ordered.includes(l))];
}

/**
 * "Eerdere versies": every saved version with who, when and what changed in words; open one
 * read-only, or put two side by side with the changed fields marked.
 */
export function DocumentVersions<B>({ youthId, path, fields }: { youthId: string; path: DocumentPath; fields: DocField<B>[] }) {
  const { t } = useTranslation();
  const versions = useDocumentVersions(youthId, path);
  const [viewing, setViewing] = useState<number | null>(null);
  const [comparing, setComparing] = useState<{ from: number; to: number } | null>(null);
  const [pick, setPick] = useState<{ from: string; to: string } | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const titleId = useId();

  const items = versions.data?.items ?? [];
  const latest = items.length ? items[items.length - 1]!.version : 0;
  const options = [...items].reverse().map((v) => ({ value: String(v.version), label: t('plan.versions.option', { version: v.version, date: formatDateTime(v.savedAt) }) }));
  const from = pick?.from ?? String(Math.max(1, latest - 1));
  const to = pick?.to ?? String(latest);

  const compare = (e: FormEvent) => {
    e.preventDefault();
    if (from === to) { setPickError(t('plan.versions.sameVersion')); return; }
    setPickError(null);
    setViewing(null);
    setComparing({ from: Math.min(Number(from), Number(to)), to: Math.max(Number(from), Number(to)) });
  };

  return (
    <section className="spil-versions" aria-labelledby={titleId}>
      <h2 className="utrecht-heading-2" id={titleId}>{t('plan.versions.title')}</h2>
      {versions.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {versions.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {versions.isSuccess && !items.length ? <Paragraph>{t('plan.versions.none')}</Paragraph> : null}
      {items.length ? (
        <ul className="spil-record-list" aria-label={t('plan.versions.listLabel')}>
          {[...items].reverse().map((v) => (
            <VersionItem key={v.version} v={v} fields={fields} isLatest={v.version === latest}
              onView={() => { setComparing(null); setViewing(v.version); }}
              onCompare={() => { setViewing(null); setPick({ from: String(v.version), to: String(latest) }); setComparing({ from: v.version, to: latest }); }} />
          ))}
        </ul>
      ) : null}
      {viewing !== null ? (
        <VersionView youthId={youthId} path={path} version={viewing} fields={fields} onClose={() => setViewing(null)} />
      ) : null}
      {items.length >= 2 ? (
        <form className="spil-compare-form" onSubmit={compare} noValidate aria-label={t('plan.versions.compareTitle')}>
          <SelectField name={`${path}-compare-from`} label={t('plan.versions.from')} value={from} options={options}
            onChange={(v) => setPick({ from: v, to })} error={pickError ?? undefined} />
          <SelectField name={`${path}-compare-to`} label={t('plan.versions.to')} value={to} options={options}
            onChange={(v) => setPick({ from, to: v })} />
          <Button type="submit">{t('plan.versions.compare')}</Button>
        </form>
      ) : null}
      {comparing ? (
        <VersionCompare youthId={youthId} path={path} from={comparing.from} to={comparing.to} fields={fields} onClose={() => setComparing(null)} />
      ) : null}
    </section>
  );
}

function VersionItem<B>({ v, fields, isLatest, onView, onCompare }: {
  v: DocumentVersion; fields: DocField<B>[]; isLatest: boolean; onView: () => void; onCompare: () => void;
}) {
  const { t } = useTranslation();
  const labels = changedLabels(fields, v.changedFields);
  const changed = v.version === 1
    ? (labels.length ? t('plan.versions.first', { fields: labels.join(', ') }) : t('plan.versions.firstEmpty'))
    : (labels.length ? t('plan.versions.changed', { fields: labels.join(', ') }) : t('plan.versions.noChanges'));
  return (
    <li className="spil-record">
      <p>
        <span className="spil-version__title">{t('plan.versions.version', { version: v.version })}</span>
        {isLatest ? <> <StatusBadge tone="success">{t('plan.versions.current')}</StatusBadge></> : null}
      </p>
      <p className="spil-record__meta"><time dateTime={v.savedAt}>{formatDateTime(v.savedAt)}</time> · {v.author.name}</p>
      <p className="spil-version__changed">{changed}</p>
      <div className="spil-row-actions">
        <Button variant="subtle" onClick={onView}>{t('plan.versions.view', { version: v.version })}</Button>
        {!isLatest ? <Button variant="subtle" onClick={onCompare}>{t('plan.versions.compareWithCurrent', { version: v.version })}</Button> : null}
      </div>
    </li>
  );
}

function useVersion<B>(youthId: string, path: DocumentPath, version: number) {
  // A saved version never changes, so once fetched it is kept.
  return useQuery({
    queryKey: ['youth', youthId, 'document', path, 'version', version],
    queryFn: () => fetchDocumentVersion<B>(youthId, path, version),
    staleTime: Infinity,
  });
}

/** Moves focus to the panel's heading when it opens, so keyboard and screen reader users land there. */
function useFocusOnOpen(dep: unknown) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { ref.current?.focus(); }, [dep]);
  return ref;
}

function VersionView<B>({ youthId, path, version, fields, onClose }: {
  youthId: string; path: DocumentPath; version: number; fields: DocField<B>[]; onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = useVersion<B>(youthId, path, version);
  const heading = useFocusOnOpen(version);
  const id = useId();
  return (
    <section className="spil-version-panel" aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id} ref={heading} tabIndex={-1}>{t('plan.versions.viewTitle', { version })}</h3>
      {q.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {q.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {q.data ? (
        <>
          <p className="spil-record__meta">{t('plan.versions.savedBy', { date: formatDateTime(q.data.savedAt), author: q.data.author?.name ?? '' })}</p>
          <dl className="spil-readonly">
            {fields.map((f) => {
              const value = f.value(q.data.body);
              return (
                <div key={f.key}>
                  <dt>{f.label}</dt>
                  <dd>{value || <span className="spil-empty">{t('plan.versions.empty')}</span>}</dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : null}
      <div className="spil-actions">
        <Button onClick={onClose}>{t('plan.versions.closeView', { version })}</Button>
      </div>
    </section>
  );
}

function VersionCompare<B>({ youthId, path, from, to, fields, onClose }: {
  youthId: string; path: DocumentPath; from: number; to: number; fields: DocField<B>[]; onClose: () => void;
}) {
  const { t } = useTranslation();
  const a = useVersion<B>(youthId, path, from);
  const b = useVersion<B>(youthId, path, to);
  const heading = useFocusOnOpen(`${from}-${to}`);
  const id = useId();
  return (
    <section className="spil-version-panel" aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id} ref={heading} tabIndex={-1}>{t('plan.versions.comparisonTitle', { from, to })}</h3>
      {a.isPending || b.isPending ? <Paragraph>{t('common.loading')}</Paragraph> : null}
      {a.isError || b.isError ? <Alert type="error">{t('errors.loadFailed')}</Alert> : null}
      {a.data && b.data ? (
        <FieldComparison fields={fields} headingLevel={4}
          left={{ title: t('plan.versions.version', { version: from }), meta: `${formatDateTime(a.data.savedAt)}, ${a.data.author?.name ?? ''}`, body: a.data.body }}
          right={{ title: t('plan.versions.version', { version: to }), meta: `${formatDateTime(b.data.savedAt)}, ${b.data.author?.name ?? ''}`, body: b.data.body }} />
      ) : null}
      <div className="spil-actions">
        <Button onClick={onClose}>{t('plan.versions.closeCompare')}</Button>
      </div>
    </section>
  );
}

interface Side<B> { title: string; meta: string; body: B | null }

/**
 * Two versions field by field, side by side on a wide screen and one under the other on a
 * phone. A changed field says so in words ("Gewijzigd") and has a heavier border; inside it,
 * removed words are struck through and added words underlined — never colour alone.
 */
export function FieldComparison<B>({ fields, left, right, headingLevel }: { fields: DocField<B>[]; left: Side<B>; right: Side<B>; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const rows = fields.map((f) => {
    const before = f.value(left.body).trim();
    const after = f.value(right.body).trim();
    return { f, before, after, changed: before !== after };
  });
  const changed = rows.filter((r) => r.changed);
  const shown = showAll ? rows.filter((r) => r.before || r.after) : changed;
  const H = `h${headingLevel}` as const;
  const checkboxId = useId();
  return (
    <div>
      {left.meta || right.meta ? (
        <p className="spil-compare__who">
          {[left, right].filter((s) => s.meta).map((s) => `${s.title}: ${s.meta}`).join(' · ')}
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        {changed.length
          ? `${t('plan.versions.changedCount', { count: changed.length })} ${changed.map((r) => r.f.label).join(', ')}.`
          : t('plan.versions.noDifferences')}
      </p>
      <CheckboxField name="show-unchanged" id={checkboxId} label={t('plan.versions.showUnchanged')} checked={showAll} onChange={setShowAll} />
      {shown.length ? (
        <ul className="spil-compare" aria-label={t('plan.versions.compareListLabel')}>
          {shown.map(({ f, before, after, changed: isChanged }) => {
            const parts = isChanged ? diffWords(before, after) : null;
            return (
              <li key={f.key} className={`spil-compare__field${isChanged ? ' spil-compare__field--changed' : ''}`}>
                <H>
                  <span>{f.label}</span>
                  <StatusBadge tone={isChanged ? 'warning' : 'neutral'}>{isChanged ? t('plan.versions.changedBadge') : t('plan.versions.sameBadge')}</StatusBadge>
                </H>
                <div className="spil-compare__sides">
                  <div className="spil-compare__side">
                    <p className="spil-compare__side-title">{left.title}</p>
                    <p className="spil-compare__text">
                      {!before ? <span className="spil-empty">{t('plan.versions.empty')}</span>
                        : parts ? parts.filter((p) => p.kind !== 'ins').map((p, i) => (p.kind === 'del'
                          ? <del key={i}><span className="spil-visually-hidden">[{t('plan.versions.removed')} </span>{p.text}<span className="spil-visually-hidden">]</span></del>
                          : <span key={i}>{p.text}</span>))
                          : before}
                    </p>
                  </div>
                  <div className="spil-compare__side">
                    <p className="spil-compare__side-title">{right.title}</p>
                    <p className="spil-compare__text">
                      {!after ? <span className="spil-empty">{t('plan.versions.empty')}</span>
                        : parts ? parts.filter((p) => p.kind !== 'del').map((p, i) => (p.kind === 'ins'
                          ? <ins key={i}><span className="spil-visually-hidden">[{t('plan.versions.added')} </span>{p.text}<span className="spil-visually-hidden">]</span></ins>
                          : <span key={i}>{p.text}</span>))
                          : after}
                    </p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

type Part = { kind: 'same' | 'del' | 'ins'; text: string };

/**
 * Word-level difference (longest common subsequence over words and the spaces between them),
 * merged into runs. Long texts that would cost too much are shown as wholly replaced.
 */
export function diffWords(a: string, b: string): Part[] {
  const x = a.split(/(\s+)/).filter(Boolean);
  const y = b.split(/(\s+)/).filter(Boolean);
  if (x.length * y.length > 1_000_000) return [{ kind: 'del', text: a }, { kind: 'ins', text: b }];
  const n = x.length;
  const m = y.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: Part[] = [];
  const push = (kind: Part['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) { push('same', x[i]!); i++; j++; }
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) { push('del', x[i]!); i++; }
    else { push('ins', y[j]!); j++; }
  }
  while (i < n) push('del', x[i++]!);
  while (j < m) push('ins', y[j++]!);
  return out;
}
