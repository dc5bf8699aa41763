// Offers "Lyssna" only where this device has its own voice (`localService`) for the page's
// language; without one the controls stay hidden, and their buttons are made only once there is
// one (text browsers show buttons whatever `hidden` says). Voices often arrive late (`voiceschanged`).
// It comes with the page's scripts, after the article's words are shown (src/scripts/page.ts), and
// runs again for each page the client router shows. The first press puts the player's scripts (kept
// in a <template>) into the page, and the player takes that press from `data-pressed`.
function offerReadAloud() {
  const root = document.querySelector<HTMLElement>('[data-read-aloud]');
  if (!root || !('speechSynthesis' in window) || 'offered' in root.dataset) return;
  root.dataset.offered = '';
  // The rule of read-aloud-speech.ts's localVoice, repeated so that every page's script, which
  // this is part of, imports nothing more for it.
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const button = (label: string | undefined, name: string) => {
    const made = document.createElement('button');
    made.type = 'button';
    made.className = 'rounded border-2 border-current px-3 py-1 font-semibold';
    made.setAttribute(name, '');
    made.textContent = label ?? '';
    return made;
  };
  const offer = () => {
    root.hidden = !speechSynthesis.getVoices().some((v) => v.localService === true && primary(v.lang) === primary(document.documentElement.lang));
    if (root.hidden || root.querySelector('button')) return;
    const stop = button(root.dataset.stop, 'data-read-aloud-stop');
    stop.hidden = true;
    root.prepend(button(root.dataset.play, 'data-read-aloud-play'), stop);
  };
  speechSynthesis.addEventListener('voiceschanged', offer);
  offer();
  const load = (event: Event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    root.removeEventListener('click', load);
    root.dataset.pressed = 'readAloudStop' in button.dataset ? 'stop' : 'play';
    root.append(root.querySelector<HTMLTemplateElement>('[data-read-aloud-player]')!.content.cloneNode(true));
  };
  root.addEventListener('click', load);
}

offerReadAloud();
document.addEventListener('astro:page-load', offerReadAloud);
