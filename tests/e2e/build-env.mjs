// The environment the browser journeys build and run with: the chat points at the stand-in
// contact service (a test double on a fixed local port) instead of the real one.
export const STANDIN_PORT = 4400;
export const SITE_PORT = 4321;
export const STANDIN_ORIGIN = `http://127.0.0.1:${STANDIN_PORT}`;
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;

export const buildEnv = {
  CHAT_EMBED_URL: `${STANDIN_ORIGIN}/chat/embed`,
  CHAT_STATUS_URL: `${STANDIN_ORIGIN}/status`,
};
