// What `npm start` runs after the toolchain is in place: builds the site from the configured
// content (the embedded dataset by default), with the chat pointed at the stand-in contact
// service, then serves both so a newcomer can read, search and try the chat locally.
// The stand-in is a test double of the counsellors' chat, never the product.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startStandin } from './contact-service-standin/server.ts';
import { serveStatic } from './static-server.ts';

const SITE_PORT = Number(process.env.PORT || 4321);
const STANDIN_PORT = Number(process.env.STANDIN_PORT || 4400);
const env = {
  CHAT_EMBED_URL: `http://127.0.0.1:${STANDIN_PORT}/chat/embed`,
  CHAT_STATUS_URL: `http://127.0.0.1:${STANDIN_PORT}/status`,
  ...process.env,
};
const build = spawnSync(process.execPath, [join('src', 'build', 'build.ts')], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const standin = await startStandin({ port: STANDIN_PORT });
await serveStatic('dist', SITE_PORT);
console.log(`
  Site:                      http://127.0.0.1:${SITE_PORT}/
  Stand-in contact service:  ${standin.url}/counsellor  (answer chats here as a counsellor; a test double)
  Stop with Ctrl+C.
`);
