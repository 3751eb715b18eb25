import { z } from 'zod';
import { Id } from '../../platform/http/schemas.js';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const Stage = z.enum(['totp', 'totp_enrolment', 'complete']);
export const StageResponse = z.object({ stage: Stage });

export const CodeBody = z.strictObject({ code: z.string().trim().min(6).max(20) });

export const EnrolmentResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const EnrolmentConfirmed = z.object({ stage: z.literal('complete'), recoveryCodes: z.array(z.string()) });

export const Me = z.object({
  stage: Stage,
  user: z.object({
    id: Id, displayName: z.string(), email: z.string(), roles: z.array(z.string()),
    organisation: z.object({ id: Id, name: z.string() }),
    teams: z.array(z.object({ id: Id, name: z.string() })),
    totpEnabled: z.boolean(),
    locale: z.string(),
  }),
  tenant: z.object({ id: Id, name: z.string(), method: z.enum(['ipta', 'ija']), ageMin: z.number(), ageMax: z.number() }),
});
