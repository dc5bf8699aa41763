// Offers "Lyssna" only where this device has its own voice (`localService`) for the page's
// language; without one the controls stay hidden. Voices often arrive late (`voiceschanged`).
// This is all an article runs up front; the first press puts the player's scripts (kept in a
// <template>) into the page, and the player takes that press from `data-pressed`.
const root = document.querySelector<HTMLElement>('[data-read-aloud]');

if (root && 'speechSynthesis' in window) {
  // The rule of read-aloud-speech.ts's localVoice, repeated so this, the one script an article
  // runs up front for it, imports nothing.
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const offer = () => {
    root.hidden = !speechSynthesis.getVoices().some((v) => v.localService === true && primary(v.lang) === primary(document.documentElement.lang));
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
