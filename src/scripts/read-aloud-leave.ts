// Stops the reading when the visitor leaves (a link, the quick exit, the client router): speech
// would otherwise go on. And when the voice goes away or stops being local, it stops rather than
// let the browser read on with another voice.
import { reading, stop, voiceStays } from './read-aloud-speech';

const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root) {
  const leave = () => reading() && stop(root);
  addEventListener('pagehide', leave);
  document.addEventListener('stodlinjen:quick-exit', leave);
  document.addEventListener('astro:before-preparation', leave);
  speechSynthesis.addEventListener('voiceschanged', () => {
    if (reading() && !voiceStays()) stop(root, root.dataset.stopped);
  });
}
