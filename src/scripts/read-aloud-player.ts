// "Lyssna"'s buttons once the first press has brought the player in (read-aloud.ts): play, pause
// or resume, and stop. It takes that first press from `data-pressed`.
import { press } from './read-aloud-speech';

const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root) {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button) press(root, 'readAloudStop' in button.dataset);
  });
  press(root, root.dataset.pressed === 'stop');
}
