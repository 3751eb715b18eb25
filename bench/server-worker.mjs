// Worker threads do not inherit tsx's loader: register it here, then start the TypeScript worker.
import { register } from 'tsx/esm/api';
register();
await import('./server-worker.ts');
