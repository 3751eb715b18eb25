import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, fieldId, RadioGroupField, SelectField, TextareaField, TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { formatDateTime } from '../../format/dates';
import { FieldComparison, type DocField } from '../picture/DocumentVersions';
import { emptyPart, planFields } from './plan-fields';
import { partName } from './PlanView';
import { byPriority, GOAL_STATUSES, TASK_ROLES, type Competency, type PlanBody, type PlanPart, type PlanPartDef, type PlanVersion, type TaskRole } from './types';
import { conflictCurrent, planWords, useCompetencies, useSavePlan } from './usePlan';

// Limits of the server's schema, checked here first so the coach sees them at the field.
const MAX = { title: 200, basicInfo: 4000, tool: 200, tools: 20, strategy: 200, strategyNote: 2000, longTerm: 500, step: 500, who: 200, what: 1000 };

/** A part as it is being edited: the priority as typed, and whether "another strategy" is chosen. */
type DraftPart = Omit<PlanPart, 'priority'> & { priority: string; otherStrategy: boolean };
type Draft = DraftPart[];

const newId = () => crypto.randomUUID();

function toDraft(body: PlanBody | null, defs: Map<string, PlanPartDef>): Draft {
  return byPriority(body?.parts ?? []).map((p) => ({
    ...structuredClone(p),
    goals: p.goals.map((g) => ({ ...structuredClone(g), steps: g.steps.map((s) => ({ ...s, competencies: [...(s.competencies ?? [])] })) })),
    priority: p.priority === null ? '' : String(p.priority),
    otherStrategy: p.strategy !== null && !(defs.get(p.key)?.strategies ?? []).includes(p.strategy),
  }));
}

/** What is sent: trimmed text; rows left wholly empty are dropped rather than refused. */
function toBody(draft: Draft): PlanBody {
  return {
    parts: draft.map(({ otherStrategy: _other, ...p }) => ({
      key: p.key,
      title: p.title?.trim() ? p.title.trim() : null,
      priority: /^\d+$/.test(p.priority.trim()) ? Number(p.priority.trim()) : null,
      basicInfo: p.basicInfo.trim(),
      tools: p.tools.map((x) => x.trim()).filter(Boolean),
      strategy: p.strategy?.trim() ? p.strategy.trim() : null,
      strategyNote: p.strategyNote.trim(),
      goals: p.goals
        .map((g) => ({ id: g.id, longTerm: g.longTerm.trim(), steps: g.steps.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text) }))
        .filter((g) => g.longTerm || g.steps.length),
      tasks: p.tasks
        .map((task) => ({ ...task, who: task.who.trim(), what: task.what.trim(), dueOn: task.dueOn || null }))
        .filter((task) => task.what || task.who || task.dueOn),
    })),
  };
}

const name = (key: string, ...rest: (string | number)[]) => ['plan', key, ...rest].join('-');

function validate(draft: Draft, defs: Map<string, PlanPartDef>, t: TFunction): SummaryError[] {
  const errors: SummaryError[] = [];
  const seenPriority = new Map<number, string>();
  const tooLong = (value: string, max: number) => (value.trim().length > max ? t('casePlan.errors.tooLong', { max, count: value.trim().length }) : null);
  const push = (field: string, label: string, message: string | null) => { if (message) errors.push({ field, label, message }); };
  for (const p of draft) {
    const part = partName({ key: p.key, title: p.title }, defs);
    const prio = p.priority.trim();
    if (prio) {
      const n = Number(prio);
      if (!/^\d+$/.test(prio) || n < 1 || n > 20) push(name(p.key, 'priority'), `${part}: ${t('casePlan.fields.priority')}`, t('casePlan.errors.priorityRange'));
      else if (seenPriority.has(n)) push(name(p.key, 'priority'), `${part}: ${t('casePlan.fields.priority')}`, t('casePlan.errors.priorityTaken', { n, part: seenPriority.get(n) }));
      else seenPriority.set(n, part);
    }
    push(name(p.key, 'title'), `${part}: ${t('casePlan.fields.title')}`, tooLong(p.title ?? '', MAX.title));
    push(name(p.key, 'basicInfo'), `${part}: ${t('casePlan.fields.basicInfo')}`, tooLong(p.basicInfo, MAX.basicInfo));
    if (p.tools.length > MAX.tools) push(name(p.key, 'tool-new'), `${part}: ${t('casePlan.fields.tools')}`, t('casePlan.errors.tooManyTools', { max: MAX.tools }));
    if (p.otherStrategy) push(name(p.key, 'strategy-other'), `${part}: ${t('casePlan.editor.otherStrategy')}`, tooLong(p.strategy ?? '', MAX.strategy));
    push(name(p.key, 'strategyNote'), `${part}: ${t('casePlan.fields.strategyNote')}`, tooLong(p.strategyNote, MAX.strategyNote));
    p.goals.forEach((g, gi) => {
      const hasSteps = g.steps.some((s) => s.text.trim());
      if (!g.longTerm.trim() && hasSteps) push(name(p.key, 'goal', g.id), `${part}: ${t('casePlan.editor.goalN', { n: gi + 1 })}`, t('casePlan.errors.longTermRequired'));
      push(name(p.key, 'goal', g.id), `${part}: ${t('casePlan.editor.goalN', { n: gi + 1 })}`, tooLong(g.longTerm, MAX.longTerm));
      g.steps.forEach((s, si) => push(name(p.key, 'step', s.id), `${part}: ${t('casePlan.editor.stepN', { n: si + 1 })}`, tooLong(s.text, MAX.step)));
    });
    p.tasks.forEach((task, ti) => {
      const label = `${part}: ${t('casePlan.editor.taskN', { n: ti + 1 })}`;
      if (!task.what.trim() && (task.who.trim() || task.dueOn)) push(name(p.key, 'task', task.id, 'what'), label, t('casePlan.errors.whatRequired'));
      push(name(p.key, 'task', task.id, 'what'), label, tooLong(task.what, MAX.what));
      push(name(p.key, 'task', task.id, 'who'), label, tooLong(task.who, MAX.who));
    });
  }
  return errors;
}

/** The server's refusal in words, one line per field where it names them. */
function serverErrors(e: unknown, t: TFunction): SummaryError[] {
  if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
    const fields = (e.details as { fields?: { path: string; message: string }[] } | null)?.fields ?? [];
    if (fields.length) return fields.map((f) => ({ message: `${f.path.replace(/^body\.?/, '')}: ${f.message}` }));
  }
  if (e instanceof ApiError && e.code === 'NETWORK') return [{ message: t('errors.NETWORK') }];
  return [{ message: e instanceof ApiError && e.message ? e.message : t('errors.generic') }];
}

/**
 * Someone else saved (or signed) while this coach was editing: who and when, where the two
 * differ (the comparison the picture's documents use), and the choice. Nothing typed is lost
 * until the coach takes the other version.
 */
function PlanConflict({ conflict, fields, mine, busy, onKeepMine, onTakeTheirs }: {
  conflict: PlanVersion; fields: DocField<PlanBody>[]; mine: PlanBody; busy: boolean; onKeepMine: () => void; onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => { ref.current?.focus(); }, [conflict.version, conflict.revision]);
  return (
    <section ref={ref} tabIndex={-1} className="spil-conflict" aria-labelledby="plan-conflict-title">
      <div className="utrecht-alert utrecht-alert--warning spil-alert" role="alert">
        <div className="utrecht-alert__content">
          <h4 className="utrecht-heading-3" id="plan-conflict-title">{t('casePlan.conflict.title')}</h4>
          <p className="utrecht-paragraph">{t('casePlan.conflict.text', { author: conflict.author.name, date: formatDateTime(conflict.updatedAt), version: conflict.version })}</p>
          {conflict.frozen ? <p className="utrecht-paragraph">{t('casePlan.conflict.frozen', { version: conflict.version })}</p> : null}
          <div className="spil-actions">
            <Button variant="primary" onClick={onKeepMine} busy={busy} disabled={busy}>
              {conflict.frozen ? t('casePlan.conflict.keepMineNewVersion') : t('casePlan.conflict.keepMine')}
            </Button>
            <Button variant="secondary" onClick={onTakeTheirs}>{t('casePlan.conflict.takeTheirs')}</Button>
          </div>
        </div>
      </div>
      <FieldComparison fields={fields} headingLevel={4}
        left={{ title: t('casePlan.versions.version', { version: conflict.version }), meta: `${formatDateTime(conflict.updatedAt)}, ${conflict.author.name}`, body: conflict.body }}
        right={{ title: t('casePlan.conflict.yours'), meta: '', body: mine }} />
    </section>
  );
}

/**
 * Editing the plan. On a draft without signatures the save overwrites the draft (revision + 1);
 * on a frozen (half) signed version it makes a new draft version and leaves the signed one as it
 * is. The coach's edit is never thrown away behind their back: a conflicting save shows the
 * other version beside theirs and lets them choose.
 */
export function PlanEditor({ youthId, base: initialBase, defs, label, onSaved, onCancel }: {
  youthId: string; base: PlanVersion | null; defs: PlanPartDef[]; label: ReturnType<typeof planWords>;
  onSaved: (saved: PlanVersion, base: PlanVersion | null) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const defMap = new Map(defs.map((d) => [d.key, d]));
  const [base, setBase] = useState<PlanVersion | null>(initialBase);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initialBase?.body ?? null, defMap));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [conflict, setConflict] = useState<PlanVersion | null>(null);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const save = useSavePlan(youthId);
  // Opening the editor takes the user to its heading; later, focus follows what they added or removed.
  const focusAfter = useRef<string | null>('plan-editor-title');
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const frozen = Boolean(base?.frozen);
  const update = (key: string, fn: (p: DraftPart) => DraftPart) => setDraft((d) => d.map((p) => (p.key === key ? fn(p) : p)));
  // A part the administrator switched off is not offered any more; one already in the plan stays.
  const unused = defs.filter((def) => def.active !== false && !draft.some((p) => p.key === def.key));
  const competencies = useCompetencies();
  const dirty = JSON.stringify(toBody(draft)) !== JSON.stringify(toBody(toDraft(base?.body ?? null, defMap)));

  const addPart = () => {
    const def = defMap.get(adding);
    if (!def) { setAddError(t('casePlan.editor.choosePart')); return; }
    setAddError(null);
    const used = new Set(draft.map((p) => Number(p.priority)).filter((n) => n > 0));
    let priority = 1;
    while (used.has(priority)) priority++;
    setDraft((d) => [...d, { ...emptyPart(def.key), priority: priority <= 20 ? String(priority) : '', otherStrategy: false }]);
    setAdding('');
    focusAfter.current = `${name(def.key)}-heading`;
  };

  const send = (on: PlanVersion | null) => {
    const errs = validate(draft, defMap, t);
    setErrors(errs);
    if (errs.length) return;
    const sent = toBody(draft);
    save.mutate({ version: on?.version ?? 0, revision: on?.revision ?? 0, body: sent }, {
      onSuccess: (saved) => { setConflict(null); onSaved(saved, on); },
      onError: (e) => {
        const current = conflictCurrent(e);
        if (current) { setErrors([]); setConflict(current); return; }
        if (isApiError(e, 'VERSION_CONFLICT')) { setErrors([{ message: t('casePlan.editor.conflictReload') }]); return; }
        setErrors(serverErrors(e, t));
      },
    });
  };

  const onSubmit = (e: FormEvent) => { e.preventDefault(); send(base); };
  const fields = conflict ? planFields(t, defMap, [conflict.body, toBody(draft)], competencies) : [];

  return (
    <form className="spil-plan-editor" onSubmit={onSubmit} noValidate aria-labelledby="plan-editor-title">
      <h3 className="utrecht-heading-3" id="plan-editor-title" tabIndex={-1}>
        {base === null ? t('casePlan.editor.titleNew', label)
          : frozen ? t('casePlan.editor.titleNewVersion', { ...label, version: base.version + 1 })
            : t('casePlan.editor.titleDraft', { ...label, version: base.version })}
      </h3>
      <p className="utrecht-paragraph">
        {frozen ? t('casePlan.editor.introFrozen', { ...label, version: base!.version }) : t('casePlan.editor.intro', label)}
      </p>
      {conflict ? (
        <PlanConflict conflict={conflict} fields={fields} mine={toBody(draft)} busy={save.isPending}
          onKeepMine={() => { setBase(conflict); send(conflict); }}
          onTakeTheirs={() => { setBase(conflict); setDraft(toDraft(conflict.body, defMap)); setConflict(null); setErrors([]); }} />
      ) : null}
      <ErrorSummary errors={errors} />

      {draft.map((p) => (
        <PartEditor key={p.key} part={p} def={defMap.get(p.key)} defs={defMap} competencies={competencies} update={(fn) => update(p.key, fn)}
          errors={errors} focus={(id) => { focusAfter.current = id; }}
          remove={() => { setDraft((d) => d.filter((x) => x.key !== p.key)); focusAfter.current = fieldId(name('add-part')); }} />
      ))}

      <section className="spil-plan-add" aria-labelledby="plan-add-part-title">
        <Heading level={4} id="plan-add-part-title">{t('casePlan.editor.addPartTitle')}</Heading>
        {unused.length ? (
          <div className="spil-plan-add__row">
            <SelectField name={name('add-part')} label={t('casePlan.editor.part')} value={adding} onChange={(v) => { setAdding(v); setAddError(null); }}
              placeholder={t('casePlan.editor.choosePartPlaceholder')} options={unused.map((d) => ({ value: d.key, label: d.label }))} error={addError ?? undefined} />
            <Button onClick={addPart}>{t('casePlan.editor.addPart')}</Button>
          </div>
        ) : <p className="utrecht-paragraph spil-muted">{t('casePlan.editor.allPartsUsed')}</p>}
      </section>

      <div className="spil-plan-editor__footer">
        <p className="spil-muted" aria-live="polite">{dirty ? t('casePlan.editor.unsaved') : t('casePlan.editor.noChanges')}</p>
        <div className="spil-actions">
          <Button type="submit" variant="primary" busy={save.isPending} disabled={save.isPending}>
            {frozen ? t('casePlan.editor.saveNewVersion') : t('casePlan.editor.save')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
        </div>
      </div>
    </form>
  );
}

function errorFor(errors: SummaryError[], field: string) {
  return errors.find((e) => e.field === field)?.message;
}

function PartEditor({ part: p, def, defs, competencies, update, remove, errors, focus }: {
  part: DraftPart; def: PlanPartDef | undefined; defs: Map<string, PlanPartDef>; competencies: Map<string, Competency>;
  update: (fn: (p: DraftPart) => DraftPart) => void; remove: () => void; errors: SummaryError[]; focus: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [newTool, setNewTool] = useState('');
  const partLabel = partName({ key: p.key, title: p.title }, defs);
  const headingId = `${name(p.key)}-heading`;
  const suggestedTools = def?.tools ?? [];
  const tools = [...suggestedTools, ...p.tools.filter((x) => !suggestedTools.includes(x))];
  const strategies = def?.strategies ?? [];
  // Every role of the division of tasks; the ones the veranderplan form names for this part first.
  const roles: TaskRole[] = def?.roles.length ? [...def.roles, ...TASK_ROLES.filter((r) => !def.roles.includes(r))] : TASK_ROLES;
  // Radio values are indexes: the suggestions are free text, not fit for an element id.
  const strategyChoice = p.otherStrategy ? 'other' : p.strategy === null ? 'none' : `s${strategies.indexOf(p.strategy)}`;

  const addTool = () => {
    const v = newTool.trim();
    if (!v) return;
    if (!p.tools.includes(v)) update((x) => ({ ...x, tools: [...x.tools, v] }));
    setNewTool('');
  };
  const setGoal = (id: string, fn: (g: PlanPart['goals'][number]) => PlanPart['goals'][number]) =>
    update((x) => ({ ...x, goals: x.goals.map((g) => (g.id === id ? fn(g) : g)) }));
  const setTask = (id: string, fn: (g: PlanPart['tasks'][number]) => PlanPart['tasks'][number]) =>
    update((x) => ({ ...x, tasks: x.tasks.map((task) => (task.id === id ? fn(task) : task)) }));

  return (
    <section className="spil-plan-part spil-plan-part--editing" aria-labelledby={headingId}>
      <div className="spil-plan-part__head">
        <h3 className="utrecht-heading-3 spil-plan-part__title" id={headingId} tabIndex={-1}>{partLabel}</h3>
        <Button variant="subtle" onClick={remove}>{t('casePlan.editor.removePart', { part: partLabel })}</Button>
      </div>
      {p.key === 'other' ? (
        <TextField name={name(p.key, 'title')} label={t('casePlan.fields.title')} value={p.title ?? ''}
          onChange={(v) => update((x) => ({ ...x, title: v }))} error={errorFor(errors, name(p.key, 'title'))} />
      ) : null}
      <TextField name={name(p.key, 'priority')} label={t('casePlan.fields.priority')} type="number" inputMode="numeric" className="spil-plan-priority"
        description={t('casePlan.editor.priorityHint')} value={p.priority}
        onChange={(v) => update((x) => ({ ...x, priority: v }))} error={errorFor(errors, name(p.key, 'priority'))} />
      <TextareaField name={name(p.key, 'basicInfo')} label={t('casePlan.fields.basicInfo')} rows={3}
        description={def?.basicInfoHint ?? undefined} value={p.basicInfo}
        onChange={(v) => update((x) => ({ ...x, basicInfo: v }))} error={errorFor(errors, name(p.key, 'basicInfo'))} />

      <Fieldset legend={t('casePlan.fields.tools')} description={t('casePlan.editor.toolsHint')} id={name(p.key, 'tools')}>
        <div className="spil-plan-choices">
          {tools.map((tool, i) => (
            <CheckboxField key={tool} name={name(p.key, 'tool', i)} label={tool} checked={p.tools.includes(tool)}
              onChange={(on) => update((x) => ({ ...x, tools: on ? [...x.tools, tool] : x.tools.filter((y) => y !== tool) }))} />
          ))}
        </div>
        <div className="spil-plan-add__row">
          <TextField name={name(p.key, 'tool-new')} label={t('casePlan.editor.otherTool')} value={newTool} onChange={setNewTool}
            error={errorFor(errors, name(p.key, 'tool-new'))} />
          <Button onClick={addTool}>{t('casePlan.editor.addTool')}</Button>
        </div>
      </Fieldset>

      <RadioGroupField name={name(p.key, 'strategy')} legend={t('casePlan.fields.strategy')} value={strategyChoice}
        description={t('casePlan.editor.strategyHint')}
        options={[
          ...strategies.map((s, i) => ({ value: `s${i}`, label: s })),
          { value: 'other', label: t('casePlan.editor.otherStrategyOption') },
          { value: 'none', label: t('casePlan.editor.noStrategy') },
        ]}
        onChange={(v) => update((x) => (v === 'other'
          ? { ...x, otherStrategy: true, strategy: x.otherStrategy ? x.strategy : '' }
          : { ...x, otherStrategy: false, strategy: v === 'none' ? null : strategies[Number(v.slice(1))] ?? null }))} />
      {p.otherStrategy ? (
        <TextField name={name(p.key, 'strategy-other')} label={t('casePlan.editor.otherStrategy')} value={p.strategy ?? ''}
          onChange={(v) => update((x) => ({ ...x, strategy: v }))} error={errorFor(errors, name(p.key, 'strategy-other'))} />
      ) : null}
      <TextareaField name={name(p.key, 'strategyNote')} label={t('casePlan.fields.strategyNote')} rows={2} value={p.strategyNote}
        onChange={(v) => update((x) => ({ ...x, strategyNote: v }))} error={errorFor(errors, name(p.key, 'strategyNote'))} />

      <h4 className="utrecht-heading-4 spil-plan-part__sub">{t('casePlan.fields.goals')}</h4>
      <p className="utrecht-paragraph spil-muted">{t('casePlan.editor.goalsHint')}</p>
      {p.goals.map((g, gi) => (
        <div key={g.id} className="spil-plan-goal-edit">
          <Fieldset legend={t('casePlan.editor.goalN', { n: gi + 1 })}>
            <TextField name={name(p.key, 'goal', g.id)} label={t('casePlan.fields.longTerm')} value={g.longTerm}
              onChange={(v) => setGoal(g.id, (x) => ({ ...x, longTerm: v }))} error={errorFor(errors, name(p.key, 'goal', g.id))} />
            {g.steps.map((s, si) => (
              <div key={s.id} className="spil-plan-step-edit" role="group" aria-label={t('casePlan.editor.stepN', { n: si + 1 })}>
                <TextField name={name(p.key, 'step', s.id)} label={t('casePlan.editor.stepLabel', { n: si + 1 })} value={s.text}
                  onChange={(v) => setGoal(g.id, (x) => ({ ...x, steps: x.steps.map((y) => (y.id === s.id ? { ...y, text: v } : y)) }))}
                  error={errorFor(errors, name(p.key, 'step', s.id))} />
                <SelectField name={name(p.key, 'step', s.id, 'status')} label={t('casePlan.editor.stepStatus', { n: si + 1 })} value={s.status}
                  options={GOAL_STATUSES.map((st) => ({ value: st, label: t(`casePlan.goalStatus.${st}`) }))}
                  onChange={(v) => setGoal(g.id, (x) => ({ ...x, steps: x.steps.map((y) => (y.id === s.id ? { ...y, status: v as typeof s.status } : y)) }))} />
                <StepCompetencies name={name(p.key, 'step', s.id, 'competency')} n={si + 1} chosen={s.competencies} competencies={competencies}
                  onChange={(keys) => setGoal(g.id, (x) => ({ ...x, steps: x.steps.map((y) => (y.id === s.id ? { ...y, competencies: keys } : y)) }))} />
                <Button variant="subtle" onClick={() => {
                  setGoal(g.id, (x) => ({ ...x, steps: x.steps.filter((y) => y.id !== s.id) }));
                  focus(`${name(p.key, 'goal', g.id)}-add-step`);
                }}>{t('casePlan.editor.removeStep', { n: si + 1 })}</Button>
              </div>
            ))}
            <div className="spil-row-actions">
              <Button id={`${name(p.key, 'goal', g.id)}-add-step`} onClick={() => {
                const id = newId();
                setGoal(g.id, (x) => ({ ...x, steps: [...x.steps, { id, text: '', status: 'open', competencies: [] }] }));
                focus(fieldId(name(p.key, 'step', id)));
              }}>{t('casePlan.editor.addStep')}</Button>
              <Button variant="subtle" onClick={() => {
                update((x) => ({ ...x, goals: x.goals.filter((y) => y.id !== g.id) }));
                focus(`${name(p.key)}-add-goal`);
              }}>{t('casePlan.editor.removeGoal', { n: gi + 1 })}</Button>
            </div>
          </Fieldset>
        </div>
      ))}
      <Button id={`${name(p.key)}-add-goal`} onClick={() => {
        const id = newId();
        update((x) => ({ ...x, goals: [...x.goals, { id, longTerm: '', steps: [{ id: newId(), text: '', status: 'open', competencies: [] }] }] }));
        focus(fieldId(name(p.key, 'goal', id)));
      }}>{t('casePlan.editor.addGoal')}</Button>

      <h4 className="utrecht-heading-4 spil-plan-part__sub">{t('casePlan.fields.tasks')}</h4>
      <p className="utrecht-paragraph spil-muted">{t('casePlan.editor.tasksHint')}</p>
      {p.tasks.map((task, ti) => (
        <div key={task.id} className="spil-plan-task-edit">
          <Fieldset legend={t('casePlan.editor.taskN', { n: ti + 1 })}>
            <SelectField name={name(p.key, 'task', task.id, 'role')} label={t('casePlan.fields.role')} value={task.role}
              options={roles.map((r) => ({ value: r, label: t(`casePlan.roles.${r}`) }))}
              onChange={(v) => setTask(task.id, (x) => ({ ...x, role: v as TaskRole }))} />
            <TextField name={name(p.key, 'task', task.id, 'who')} label={t('casePlan.fields.who')} description={t('casePlan.editor.whoHint')}
              value={task.who} onChange={(v) => setTask(task.id, (x) => ({ ...x, who: v }))} error={errorFor(errors, name(p.key, 'task', task.id, 'who'))} />
            <TextareaField name={name(p.key, 'task', task.id, 'what')} label={t('casePlan.fields.what')} rows={2}
              value={task.what} onChange={(v) => setTask(task.id, (x) => ({ ...x, what: v }))} error={errorFor(errors, name(p.key, 'task', task.id, 'what'))} />
            <TextField name={name(p.key, 'task', task.id, 'due')} label={t('casePlan.fields.dueOn')} type="date" className="spil-plan-date"
              value={task.dueOn ?? ''} onChange={(v) => setTask(task.id, (x) => ({ ...x, dueOn: v || null }))} />
            <Button variant="subtle" onClick={() => {
              update((x) => ({ ...x, tasks: x.tasks.filter((y) => y.id !== task.id) }));
              focus(`${name(p.key)}-add-task`);
            }}>{t('casePlan.editor.removeTask', { n: ti + 1 })}</Button>
          </Fieldset>
        </div>
      ))}
      <Button id={`${name(p.key)}-add-task`} onClick={() => {
        const id = newId();
        update((x) => ({ ...x, tasks: [...x.tasks, { id, role: roles[0] ?? 'youth', who: '', what: '', dueOn: null }] }));
        focus(fieldId(name(p.key, 'task', id, 'role')));
      }}>{t('casePlan.editor.addTask')}</Button>
    </section>
  );
}

/**
 * The basic employee competencies (IPTA ch. 5) a learning goal works on: the tenant's list,
 * plus any the goal already names that the administrator has since switched off.
 */
function StepCompetencies({ name: groupName, n, chosen, competencies, onChange }: {
  name: string; n: number; chosen: string[]; competencies: Map<string, Competency>; onChange: (keys: string[]) => void;
}) {
  const { t } = useTranslation();
  const offered = [...competencies.values()].filter((c) => c.active || chosen.includes(c.key));
  for (const key of chosen) if (!competencies.has(key)) offered.push({ key, label: key, active: false });
  if (!offered.length) return null;
  // Kept in the list's order, whatever order they were ticked in.
  const order = offered.map((c) => c.key);
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...chosen, key].sort((a, b) => order.indexOf(a) - order.indexOf(b)) : chosen.filter((k) => k !== key));
  return (
    <Fieldset legend={t('casePlan.editor.competenciesLegend', { n })} description={t('casePlan.editor.competenciesHint')} id={fieldId(groupName)}>
      <div className="spil-plan-choices">
        {offered.map((c) => (
          <CheckboxField key={c.key} name={`${groupName}-${c.key}`} checked={chosen.includes(c.key)} onChange={(on) => toggle(c.key, on)}
            label={c.active ? c.label : t('casePlan.editor.competencyOff', { label: c.label })} />
        ))}
      </div>
    </Fieldset>
  );
}
