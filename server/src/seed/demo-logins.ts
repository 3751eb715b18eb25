/** Demo accounts. They exist only in demo data (DEMO_SEED), never in a real tenant. */
export const DEMO_PASSWORD = 'spil-demo-2026';

/** The demo team lead's TOTP secret, so a demo (and the browser test) can log in with 2FA. */
export const DEMO_TEAMLEAD_TOTP_SECRET = 'JBSWY3DPEHPK3PXPSPILDEMOTEAMLEAD';

export const DEMO_LOGINS = [
  { role: 'coach', email: 'coach@spil.demo', name: 'Sanne de Vries', note: 'Wijkteam Feijenoord: Jeffrey, Enzo, Ricardo, Bob, Tamir' },
  { role: 'coach', email: 'coach.delfshaven@spil.demo', name: 'Mohamed El Amrani', note: 'Wijkteam Delfshaven: de straatgroep van zes' },
  { role: 'teamleider', email: 'teamleider@spil.demo', name: 'Petra Jansen', note: 'Feijenoord; tweestapsverificatie staat aan (npm run demo:code)' },
  { role: 'organisatiemanager', email: 'manager@spil.demo', name: 'Linda Verbeek', note: 'Stichting De Brug: cijfers van de eigen organisatie, nooit namen' },
  { role: 'beleidsmedewerker', email: 'beleid@spil.demo', name: 'Ahmed Yilmaz', note: 'dashboard van de gemeente: alleen cijfers, nooit namen' },
  { role: 'functioneel beheerder', email: 'beheer@spil.demo', name: 'Karin Bakker', note: 'stelt bij de eerste inlog tweestapsverificatie in' },
] as const;
