import { z } from 'zod';

/**
 * Configuration comes from environment variables only. Each has a safe default for a laptop;
 * a wrong value stops the start with a message that names the variable and what is expected.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'moet een PostgreSQL-adres zijn, zoals postgres://gebruiker@host:5432/spil')
    .refine((v) => { try { new URL(v); return true; } catch { return false; } }, 'is geen geldig adres')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** The built web app to serve (default web/dist); a second checkout's build can sit elsewhere. */
  WEB_DIST: z.string().min(1).optional(),
  /** Base URL as users reach it; https turns on Secure cookies and HSTS. */
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the demo municipality into an empty database. Off in production. */
  DEMO_SEED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Spil kan niet starten: de configuratie klopt niet.\n${lines.join('\n')}`);
  }
  return parsed.data;
}
