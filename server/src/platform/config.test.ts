import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has safe defaults: port 3000, embedded database in ./data, demo data on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', DEMO_SEED: true, SESSION_IDLE_MINUTES: 30 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('stops with a message that names the variable for a malformed DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/spil' })).toThrow(/DATABASE_URL: moet een PostgreSQL-adres zijn/);
  });

  it('refuses a port that is not a port', () => {
    expect(() => loadConfig({ PORT: 'drieduizend' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('accepts a PostgreSQL address', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://spil:geheim@db.gemeente.nl:5432/spil' }).DATABASE_URL).toContain('db.gemeente.nl');
  });
});
