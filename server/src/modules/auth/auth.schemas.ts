import { z } from 'zod';
import { Id, ShortText, Text } from '../../platform/http/schemas.js';

export const LoginBody = z.strictObject({
  email: ShortText(254).pipe(z.string().min(1)),
  password: Text().pipe(z.string().min(1).max(1024)),
});

export const Stage = z.enum(['totp', 'totp_enrolment', 'complete']);
export const StageResponse = z.object({ stage: Stage });

export const CodeBody = z.strictObject({ code: ShortText(20).pipe(z.string().min(6)) });

export const PasswordChange = z.strictObject({
  currentPassword: Text().pipe(z.string().min(1).max(1024)),
  newPassword: Text().pipe(z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens.').max(200)),
});

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
