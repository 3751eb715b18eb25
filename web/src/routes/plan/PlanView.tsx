import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusText';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import { SignatureDrawing } from './SignaturePad';
import { useCompetencies } from './usePlan';
import { byPriority, competencyNames, SIGNER_ROLES, type GoalStatus, type PlanBody, type PlanPart, type PlanPartDef, type PlanStatus, type PlanVersion } from './types';

type Level = 3 | 4;
const H = (level: number) => `h${Math.min(level, 6)}` as 'h3';

/** The name of a part as people read it: the tenant's label, or the coach's own title for "Anders". */
export function partName(part: Pick<PlanPart, 'key' | 'title'>, defs: Map<string, PlanPartDef>): string {
  const label = defs.get(part.key)?.label ?? part.key;
  return part.title ? `${label}: ${part.title}` : label;
}

export const STATUS_TONE: Record<PlanStatus, 'neutral' | 'warning' | 'success'> = { draft: 'neutral', signing: 'warning', signed: 'success' };
const GOAL_TONE: Record<GoalStatus, 'neutral' | 'warning' | 'success' | 'danger'> = { open: 'neutral', bezig: 'warning', behaald: 'success', niet_behaald: 'danger' };

/** The plan of one version, read-only: its parts in order of priority. */
export function PlanBodyView({ body, defs, level }: { body: PlanBody; defs: Map<string, PlanPartDef>; level: Level }) {
  const { t } = useTranslation();
  if (!body.parts.length) return <p className="utrecht-paragraph">{t('casePlan.view.noParts')}</p>;
  return (
    <ol className="spil-plan-parts" aria-label={t('casePlan.view.partsLabel')}>
      {byPriority(body.parts).map((p) => <li key={p.key}><PartView part={p} defs={defs} level={level} /></li>)}
    </ol>
  );
}

function PartView({ part, defs, level }: { part: PlanPart; defs: Map<string, PlanPartDef>; level: Level }) {
  const { t } = useTranslation();
  const competencies = useCompetencies();
  const Title = H(level);
  const Sub = H(level + 1);
  const empty = <span className="spil-empty">{t('casePlan.view.empty')}</span>;
  return (
    <article className="spil-plan-part" aria-label={partName(part, defs)}>
      <Title className={`utrecht-heading-${level} spil-plan-part__title`}>
        {part.priority !== null ? <span className="spil-plan-part__priority">{t('casePlan.view.priority', { n: part.priority })}</span> : null}
        <span>{partName(part, defs)}</span>
      </Title>
      <dl className="spil-plan-facts">
        <div>
          <dt>{t('casePlan.fields.basicInfo')}</dt>
          <dd className="spil-plan-text">{part.basicInfo || empty}</dd>
        </div>
        <div>
          <dt>{t('casePlan.fields.tools')}</dt>
          <dd>{part.tools.length ? <ul className="spil-plan-chips">{part.tools.map((tool) => <li key={tool}>{tool}</li>)}</ul> : empty}</dd>
        </div>
        <div>
          <dt>{t('casePlan.fields.strategy')}</dt>
          <dd>
            {part.strategy ? <strong>{part.strategy}</strong> : empty}
            {part.strategyNote ? <p className="spil-plan-text">{part.strategyNote}</p> : null}
          </dd>
        </div>
      </dl>
      <Sub className={`utrecht-heading-${Math.min(level + 1, 4)} spil-plan-part__sub`}>{t('casePlan.fields.goals')}</Sub>
      {part.goals.length ? (
        <ul className="spil-plan-goals">
          {part.goals.map((g) => (
            <li key={g.id} className="spil-plan-goal">
              <p className="spil-plan-goal__long"><span className="spil-label">{t('casePlan.fields.longTerm')}: </span>{g.longTerm}</p>
              {g.steps.length ? (
                <ol className="spil-plan-steps" aria-label={t('casePlan.view.stepsOf', { goal: g.longTerm })}>
                  {g.steps.map((s) => (
                    <li key={s.id}>
                      <span className="spil-plan-steps__text">{s.text}</span>{' '}
                      <StatusBadge tone={GOAL_TONE[s.status]}>{t(`casePlan.goalStatus.${s.status}`)}</StatusBadge>
                      {s.competencies?.length ? (
                        <p className="spil-record__meta spil-plan-steps__learns">{t('casePlan.view.learns', { competencies: competencyNames(s.competencies, competencies) })}</p>
                      ) : null}
                    </li>
                  ))}
                </ol>
              ) : <p className="spil-muted">{t('casePlan.view.noSteps')}</p>}
            </li>
          ))}
        </ul>
      ) : <p className="utrecht-paragraph spil-muted">{t('casePlan.view.noGoals')}</p>}
      <Sub className={`utrecht-heading-${Math.min(level + 1, 4)} spil-plan-part__sub`}>{t('casePlan.fields.tasks')}</Sub>
      {part.tasks.length ? (
        <ul className="spil-plan-tasks">
          {part.tasks.map((task) => (
            <li key={task.id} className="spil-plan-task">
              <p className="spil-plan-task__who">
                <strong>{t(`casePlan.roles.${task.role}`)}</strong>{task.who ? <>: {task.who}</> : null}
              </p>
              <p className="spil-plan-text">{task.what}</p>
              {task.dueOn ? (
                <p className="spil-record__meta">{t('casePlan.view.dueOn', { date: formatCalendarDate(task.dueOn) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : <p className="utrecht-paragraph spil-muted">{t('casePlan.view.noTasks')}</p>}
    </article>
  );
}

/** Both signatures of a version: the drawing or the typed name, who signed and when. */
export function SignaturesView({ version, level, youthName }: { version: PlanVersion; level: Level; youthName: string }) {
  const { t } = useTranslation();
  const Title = H(level);
  return (
    <section className="spil-plan-signatures" aria-label={t('casePlan.sign.title')}>
      <Title className={`utrecht-heading-${level}`}>{t('casePlan.sign.title')}</Title>
      <ul className="spil-plan-signature-list">
        {SIGNER_ROLES.map((role) => {
          const s = version.signatures.find((x) => x.role === role);
          return (
            <li key={role} className={`spil-plan-signature${s ? '' : ' spil-plan-signature--missing'}`}>
              <p className="spil-plan-signature__role">{t(`casePlan.sign.role.${role}`)}</p>
              {s ? (
                <>
                  {s.method === 'drawn' && s.drawing
                    ? <SignatureDrawing path={s.drawing} label={t('casePlan.sign.drawnBy', { name: s.name })} />
                    : <p className="spil-signature__typed" role="img" aria-label={t('casePlan.sign.typedBy', { name: s.name })}>{s.typed ?? s.name}</p>}
                  <p className="spil-plan-signature__who">{s.name}</p>
                  <p className="spil-record__meta">
                    {t('casePlan.sign.signedAt', { at: formatDateTime(s.signedAt) })}
                    {s.recordedBy.name !== s.name ? <> · {t('casePlan.sign.recordedBy', { name: s.recordedBy.name })}</> : null}
                  </p>
                </>
              ) : (
                <p className="spil-muted">{role === 'youth' ? t('casePlan.sign.notYetYouth', { name: youthName }) : t('casePlan.sign.notYetCoach')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Concept", "Half getekend" or "Getekend", in words (the badge's colour only adds to it). */
export function statusText(t: TFunction, status: PlanStatus) {
  return t(`casePlan.status.${status}`);
}
