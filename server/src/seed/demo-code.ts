import { currentTotp } from '../platform/auth/totp.js';
import { DEMO_TEAMLEAD_TOTP_SECRET } from './demo-logins.js';

// `npm run demo:code`: the current 2FA code of the demo team lead (demo data only).
console.log(`Code voor teamleider@spil.demo: ${currentTotp(DEMO_TEAMLEAD_TOTP_SECRET, new Date())}`);
