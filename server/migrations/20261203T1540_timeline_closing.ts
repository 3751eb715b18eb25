import { sql, type Kysely } from 'kysely';

// The afronding in the youth's timeline (issue 11): the closing conversation, each warm handover
// and its later check, each aftercare contact and each result measurement, shaped like the
// timeline's other sources (tenant_id, youth_id, id, a time, an actor). These records carry a
// calendar date; their time in the timeline is the moment they were recorded when that was on
// the same day (Europe/Amsterdam), else the start of that day — so a conversation recorded the
// day it was held sits among that day's contacts in the order they happened. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // One statement per query: PGlite's extended protocol takes a single statement at a time.
  for (const statement of TIMELINE.split(/;\s*\n\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}

/** The timeline time of a record dated `day`, recorded at `recorded`. */
const at = (day: string, recorded: string) =>
  `case when (${recorded} at time zone 'Europe/Amsterdam')::date = ${day} then ${recorded} else ${day}::timestamp at time zone 'Europe/Amsterdam' end`;

const TIMELINE = `
    -- The closing conversation (eindgesprek); one per trajectory, keyed by it.
    create view closing_conversation_timeline as
      select tenant_id, youth_id, trajectory_id as id, ${at('held_on', 'created_at')} as at, author_id,
        held_on, summary, takes_along
      from closing_conversation;

    -- A warm handover: at its handover conversation, or when it was recorded while that is still to come.
    create view warm_handover_timeline as
      select tenant_id, youth_id, id, case when conversation_on is null then created_at else ${at('conversation_on', 'created_at')} end as at, created_by,
        to_organisation, to_person, what, conversation_on, check_due_on
      from warm_handover;

    -- The later check that a warm handover landed (or not), once it has been done; who checked
    -- is whoever last recorded its check date (the handover's own history).
    create view handover_check_timeline as
      select h.tenant_id, h.youth_id, h.id, ${at('h.checked_on', 'h.updated_at')} as at,
        (select r.actor_id from revision r
          where r.tenant_id = h.tenant_id and r.youth_id = h.youth_id and r.entity = 'warm_handover' and r.entity_id = h.id and r.changes ? 'checked_on'
          order by r.at desc, r.id desc limit 1) as checked_by,
        h.to_organisation, h.checked_on, h.landed, h.check_note
      from warm_handover h where h.checked_on is not null;

    create view aftercare_contact_timeline as
      select tenant_id, youth_id, id, ${at('held_on', 'created_at')} as at, author_id,
        held_on, note, still_working, still_housed
      from aftercare_contact;

    create view result_measurement_timeline as
      select tenant_id, youth_id, id, ${at('measured_on', 'created_at')} as at, author_id,
        moment, measured_on, note
      from result_measurement
`;
