// The reading itself, shared by the player (read-aloud-player.ts: the buttons) and what stops it
// when the visitor leaves (read-aloud-leave.ts); both arrive with the first press of "Lyssna".
// Reads the article block by block (long single utterances stall in some browsers) with one voice
// of the page's language that runs on the device, and says what it does in a status region.

type State = 'idle' | 'playing' | 'paused';

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
/** A voice for the page's language on the device itself (`localService`): the text never leaves it. Any other voice may be a remote service. */
const localVoice = () => speechSynthesis.getVoices().find((v) => v.localService === true && primary(v.lang) === primary(document.documentElement.lang));

// Text blocks in reading order; a block inside another is read as part of it.
const BLOCKS = 'h1,h2,h3,h4,p,li,blockquote,dt,dd,figcaption,th,td';
const SKIP = '[data-read-aloud],nav,[hidden],[aria-hidden="true"],.no-print';

let state: State = 'idle';
/** Bumped on every start and stop, so a late `end` of a cancelled reading changes nothing. */
let run = 0;
/** The voice reading now. */
let voice: SpeechSynthesisVoice | undefined;

/** Whether the voice reading now is still there and still on the device. */
export const voiceStays = () => !!voice && speechSynthesis.getVoices().some((v) => v.voiceURI === voice!.voiceURI && v.localService === true);

function blocks(source: Element): string[] {
  return [...source.querySelectorAll(BLOCKS)]
    .filter((block) => !block.closest(SKIP) && !block.parentElement?.closest(BLOCKS))
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function show(root: HTMLElement, next: State, announce?: string) {
  state = next;
  const play = root.querySelector<HTMLButtonElement>('[data-read-aloud-play]')!;
  const stop = root.querySelector<HTMLButtonElement>('[data-read-aloud-stop]')!;
  play.textContent = (next === 'playing' ? root.dataset.pause : next === 'paused' ? root.dataset.resume : root.dataset.play) ?? '';
  if (next === 'idle' && document.activeElement === stop) play.focus();
  stop.hidden = next === 'idle';
  if (announce) root.querySelector('[data-read-aloud-status]')!.textContent = announce;
}

export function stop(root: HTMLElement, announce?: string) {
  run += 1;
  speechSynthesis.cancel();
  show(root, 'idle', announce);
}

function start(root: HTMLElement) {
  stop(root);
  const chosen = (voice = localVoice());
  if (!chosen) return;
  const current = run;
  const texts = blocks(root.closest('article') ?? document.querySelector('main') ?? document.body);
  texts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    // Always this voice, never the browser's default, which may be a remote service.
    utterance.voice = chosen;
    utterance.lang = chosen.lang;
    if (index === texts.length - 1) utterance.addEventListener('end', () => current === run && show(root, 'idle', root.dataset.done));
    speechSynthesis.speak(utterance);
  });
  show(root, 'playing', root.dataset.playing);
}

/** Play, pause or resume (the first button) or stop (the second). */
export function press(root: HTMLElement, stopping: boolean) {
  if (stopping) stop(root, root.dataset.stopped);
  else if (state === 'playing') {
    speechSynthesis.pause();
    show(root, 'paused', root.dataset.paused);
  } else if (state === 'paused') {
    speechSynthesis.resume();
    show(root, 'playing', root.dataset.playing);
  } else start(root);
}

/** Whether it is reading (or paused in the middle). */
export const reading = () => state !== 'idle';
