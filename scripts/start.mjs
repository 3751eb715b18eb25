// `npm start`: build the web app if it is not built yet, then start the server (which migrates,
// seeds the demo into an empty database and prints where to log in).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('web/dist/index.html')) {
  console.log('De web-app wordt gebouwd (eenmalig)…');
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 1);
