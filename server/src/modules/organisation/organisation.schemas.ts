import { z } from 'zod';
import { Id, ShortText, Text, Version } from '../../platform/http/schemas.js';
import { ROLES } from '../../platform/request-context.js';

const Name = ShortText(120).min(1, 'Vul een naam in.');

export const Organisation = z.object({ id: Id, name: z.string(), active: z.boolean(), version: z.number() });
export const OrganisationList = z.object({ items: z.array(Organisation) });
export const NewOrganisation = z.strictObject({ id: Id, name: Name });
export const OrganisationPatch = z.strictObject({ version: Version, name: Name.optional(), active: z.boolean().optional() });

export const Team = z.object({ id: Id, name: z.string(), neighbourhood: z.string().nullable(), active: z.boolean(), version: z.number() });
export const TeamList = z.object({ items: z.array(Team) });
export const NewTeam = z.strictObject({ id: Id, name: Name, neighbourhood: ShortText(120).nullable().optional() });
export const TeamPatch = z.strictObject({ version: Version, name: Name.optional(), neighbourhood: ShortText(120).nullable().optional(), active: z.boolean().optional() });

const Roles = z.array(z.enum(ROLES as [string, ...string[]])).min(1, 'Kies minstens één rol.').max(5);

export const User = z.object({
  id: Id, email: z.string(), displayName: z.string(), organisationId: Id, roles: z.array(z.string()), teamIds: z.array(Id),
  active: z.boolean(), caseloadLimit: z.number(), totpEnabled: z.boolean(), version: z.number(),
});
export const UserList = z.object({ items: z.array(User) });
export const NewUser = z.strictObject({
  id: Id,
  email: z.email('Geen geldig e-mailadres.').max(254),
  displayName: Name,
  organisationId: Id,
  roles: Roles,
  teamIds: z.array(Id).max(50),
  caseloadLimit: z.number().int().min(1).max(60).optional(),
  password: Text().pipe(z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens.').max(200)),
});
export const UserPatch = z.strictObject({
  version: Version,
  displayName: Name.optional(),
  organisationId: Id.optional(),
  roles: Roles.optional(),
  teamIds: z.array(Id).max(50).optional(),
  caseloadLimit: z.number().int().min(1).max(60).optional(),
  active: z.boolean().optional(),
});
