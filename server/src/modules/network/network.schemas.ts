import { z } from 'zod';
import { CalendarDate, Id, LongText, ShortText, Version } from '../../platform/http/schemas.js';

const Required = (max: number, message: string) => ShortText(max).pipe(z.string().min(1, message));

/** Someone around the youth, on the network map (bolletjesschema / VIP-kaart). */
const personFields = {
  name: Required(120, 'Vul een naam of omschrijving in.'),
  relation: Required(120, 'Wat is deze persoon van de jongere?'),
  /** 1 = inner ring (closest) … 3 = outer ring. */
  ring: z.number().int().min(1, 'Kies ring 1, 2 of 3.').max(3, 'Kies ring 1, 2 of 3.'),
  supportPractical: z.boolean(),
  supportEmotional: z.boolean(),
  /** VIP: positive influence; VAP: negative influence. */
  influence: z.enum(['vip', 'vap', 'neutral']),
  /** The mentor the youth chose from their own network (JIM). One at a time. */
  isJim: z.boolean(),
  note: LongText(2000).optional(),
};

export const NewNetworkPerson = z.strictObject({ id: Id, ...personFields });
export const NetworkPersonPatch = z.strictObject({
  version: Version, ...z.object(personFields).partial().shape,
  /** The day this person left the youth's network (null: back in it). */
  leftOn: CalendarDate.nullable().optional(),
});

export const NetworkPerson = z.object({
  id: Id, youthId: Id, version: z.number(), name: z.string(), relation: z.string(), ring: z.number(),
  supportPractical: z.boolean(), supportEmotional: z.boolean(), influence: z.enum(['vip', 'vap', 'neutral']), isJim: z.boolean(),
  note: z.string().nullable(), leftOn: z.string().nullable(), createdAt: z.string(),
});

/** A professional or agency already working with the youth. */
const professionalFields = {
  name: Required(120, 'Vul de naam van de professional in.'),
  organisation: Required(200, 'Bij welke organisatie of instantie?'),
  role: ShortText(120).optional(),
  phone: ShortText(40).optional(),
  email: z.union([z.literal(''), z.email({ message: 'Geen geldig e-mailadres.' }).max(200)]).optional(),
  involvedSince: CalendarDate.nullable().optional(),
  whatTheyDo: LongText(2000).optional(),
};

export const NewProfessional = z.strictObject({ id: Id, ...professionalFields });
export const ProfessionalPatch = z.strictObject({
  version: Version, ...z.object(professionalFields).partial().shape,
  /** The day this professional stopped working with the youth. */
  endedOn: CalendarDate.nullable().optional(),
});

export const Professional = z.object({
  id: Id, youthId: Id, version: z.number(), name: z.string(), organisation: z.string(), role: z.string().nullable(),
  phone: z.string().nullable(), email: z.string().nullable(), involvedSince: z.string().nullable(), whatTheyDo: z.string().nullable(),
  endedOn: z.string().nullable(), createdAt: z.string(),
});

export const Network = z.object({ people: z.array(NetworkPerson), professionals: z.array(Professional) });
