// "Min krisplan" in the browser (src/views/SafetyPlanView.astro). Each step gets as many entries as
// the visitor wants: added, written, moved and removed by keyboard, each change announced politely.
// The plan lives only in this page's memory: nothing is requested, stored (no cookies, no web
// storage, no IndexedDB, no caches) or put in the address while it is written, printed or saved.
// It is kept only by the visitor's own choice: printed, or saved as a file the browser makes here
// (safety-plan-file.ts), which the page can read back (chosen or dropped, read only here).
//
// It is wiped when the page is left: on the quick exit's `stodlinjen:quick-exit` (the button,
// Shift three times, or the chat), before the quick exit leaves and without asking; and on
// `pagehide`, so that Back (the back/forward cache included) never shows it again. Leaving any
// other way with entries not yet printed or saved makes the browser ask once (`beforeunload`).
import { fill } from '../i18n/fill';
// @ts-expect-error A module id with a query, typed below: see `phoneRule`.
import { NUMBER_MARKUP, shownSegments } from '../lib/phone?plan';
import { entriesFromText, planAsHtml, planAsText, type SavedPlan } from './safety-plan-file';

// The site's one phone-number rule (src/lib/phone.ts), as this script's own copy (the query makes
// it a module of its own to the bundler). Shared with the chat, the rule would become a chunk of
// its own, which the chat loader on every page lists for preloading: bytes every article would pay.
const phoneRule: Pick<typeof import('../lib/phone'), 'shownSegments' | 'NUMBER_MARKUP'> = { shownSegments, NUMBER_MARKUP };

/** A saved file larger than this is no plan from this page. */
const MAX_FILE = 1_000_000;

const root = document.querySelector<HTMLElement>('[data-safety-plan]');
if (root) start(root);

function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string, within: ParentNode = root) => within.querySelector<T>(selector)!;
  const steps = [...root.querySelectorAll<HTMLFieldSetElement>('[data-plan-step]')];
  const template = $<HTMLTemplateElement>('[data-plan-entry]');
  const status = $<HTMLElement>('[data-plan-status]');
  const fileName = $<HTMLInputElement>('[data-plan-file-name]');
  const fileInput = $<HTMLInputElement>('[data-plan-open]');
  const texts = root.dataset;
  const known = [texts.phone];
  let serial = 0;
  // The address of the last file made, until the browser has taken it (a copy of the plan in memory).
  let made = '';
  // Entries written since the plan was last printed or saved.
  let unsaved = false;

  const entriesOf = (step: HTMLFieldSetElement) => [...$<HTMLOListElement>('[data-plan-entries]', step).children] as HTMLLIElement[];
  const fieldOf = (entry: Element) => $<HTMLTextAreaElement>('textarea', entry);
  const headingOf = (step: HTMLFieldSetElement) => $<HTMLElement>('[data-plan-heading]', step).textContent!.trim();
  const announce = (text: string) => {
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  };

  /** A text with its numbers marked by the site's rule, as IsolatedNumber.astro marks them on the pages; lines kept. */
  function numbered(text: string): DocumentFragment {
    const out = document.createDocumentFragment();
    text.split('\n').forEach((line, at) => {
      if (at) out.append(document.createElement('br'));
      for (const segment of phoneRule.shownSegments(line, { known })) {
        if (segment.kind === 'text') {
          out.append(segment.text);
          continue;
        }
        const number = document.createElement(segment.kind === 'phone' ? 'a' : 'bdi');
        if (segment.kind === 'phone') number.setAttribute('href', segment.href);
        number.dir = phoneRule.NUMBER_MARKUP.dir;
        number.className = phoneRule.NUMBER_MARKUP.class;
        number.textContent = segment.text;
        out.append(number);
      }
    });
    return out;
  }

  /** Labels, empty marks and the printed text follow each change of a step. */
  function refresh(step: HTMLFieldSetElement) {
    const entries = entriesOf(step);
    entries.forEach((entry, index) => {
      $<HTMLLabelElement>('label', entry).textContent = fill(texts.entry!, { number: index + 1 });
      const text = fieldOf(entry).value.trim();
      entry.toggleAttribute('data-empty', !text);
      $<HTMLElement>('.plan-print-text', entry).replaceChildren(numbered(text));
      // A single entry has nowhere to move.
      entry.querySelectorAll<HTMLButtonElement>('[data-plan-move]').forEach((move) => (move.hidden = entries.length < 2));
    });
    step.toggleAttribute(
      'data-filled',
      entries.some((entry) => entry.hasAttribute('data-empty') === false),
    );
  }

  function add(step: HTMLFieldSetElement, text = ''): HTMLLIElement {
    const entry = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const id = `plan-entry-${(serial += 1)}`;
    const field = fieldOf(entry);
    field.id = id;
    field.value = text;
    $<HTMLLabelElement>('label', entry).htmlFor = id;
    $<HTMLElement>('[data-plan-entries]', step).append(entry);
    refresh(step);
    return entry;
  }

  /** The plan as the page starts it: one empty entry a step, the help contacts in theirs. */
  function reset(filled?: string[][]) {
    steps.forEach((step, index) => {
      $<HTMLElement>('[data-plan-entries]', step).replaceChildren();
      const prefilled = [...step.querySelectorAll<HTMLElement>('[data-plan-prefilled] [data-text]')].map((item) => item.dataset.text!);
      const entries = filled ? filled[index]! : prefilled;
      for (const text of entries.length ? entries : ['']) add(step, text);
    });
    fileInput.value = '';
    unsaved = false;
  }

  function forget() {
    if (made) URL.revokeObjectURL(made);
    made = '';
  }

  function wipe() {
    forget();
    reset();
    status.textContent = '';
  }

  root.addEventListener('input', (event) => {
    const step = (event.target as Element).closest<HTMLFieldSetElement>('[data-plan-step]');
    if (!step) return;
    unsaved = true;
    refresh(step);
  });

  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const step = target.closest<HTMLFieldSetElement>('[data-plan-step]');
    const entry = target.closest<HTMLLIElement>('.plan-entry');
    const control = target.closest<HTMLButtonElement>('button');
    if (!step || !control) return;
    if (control.hasAttribute('data-plan-add')) {
      fieldOf(add(step)).focus();
      announce(texts.added!);
    } else if (entry && control.hasAttribute('data-plan-remove')) {
      const entries = entriesOf(step);
      const next = entries[entries.indexOf(entry) + 1] ?? entries[entries.indexOf(entry) - 1];
      entry.remove();
      refresh(step);
      (next ? fieldOf(next) : $<HTMLButtonElement>('[data-plan-add]', step)).focus();
      unsaved = true;
      announce(texts.removed!);
    } else if (entry && control.dataset.planMove) {
      const entries = entriesOf(step);
      const to = Math.min(entries.length - 1, Math.max(0, entries.indexOf(entry) + Number(control.dataset.planMove)));
      // Moving the focused button's entry takes focus away in some browsers: given back at once.
      entries[to]!.insertAdjacentElement(to > entries.indexOf(entry) ? 'afterend' : 'beforebegin', entry);
      control.focus();
      refresh(step);
      unsaved = true;
      announce(fill(texts.moved!, { position: to + 1, count: entries.length }));
    }
  });

  /** The plan as written now, for the files. */
  function saved(): SavedPlan {
    const help = $<HTMLTemplateElement>('[data-plan-file-help]').content;
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: $<HTMLElement>('h1').textContent!.trim(),
      steps: steps.map((step) => ({
        id: step.dataset.planStep!,
        heading: headingOf(step),
        entries: entriesOf(step)
          .map((entry) => fieldOf(entry).value.trim())
          .filter(Boolean),
      })),
      help: { heading: $<HTMLElement>('h2', help).textContent!.trim(), lines: [...help.querySelectorAll('li')].map((item) => item.textContent!.trim()) },
    };
  }

  function save(kind: string) {
    const plan = saved();
    const html = kind === 'html';
    const asHtml = (text: string) => {
      const holder = document.createElement('p');
      holder.append(numbered(text));
      return holder.innerHTML;
    };
    const body = html ? planAsHtml(plan, asHtml) : planAsText(plan);
    // A name the visitor chose, or the neutral default: nothing about the file's content in a list of downloads.
    const name = `${fileName.value.trim().replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-') || fileName.defaultValue}.${html ? 'html' : 'txt'}`;
    const link = document.createElement('a');
    forget();
    link.href = made = URL.createObjectURL(new Blob([body], { type: `${html ? 'text/html' : 'text/plain'};charset=utf-8` }));
    link.download = name;
    link.click();
    setTimeout(forget, 10_000);
    unsaved = false;
    announce(fill(texts.saved!, { name }));
  }

  /** The entries of each step from a saved file (by step id in a web page, by number in a text file). */
  function entriesFrom(text: string): string[][] | null {
    if (!/^\s*</.test(text)) return entriesFromText(text, steps.length);
    const file = new DOMParser().parseFromString(text, 'text/html');
    const lists = new Map([...file.querySelectorAll<HTMLElement>('[data-step]')].map((list) => [list.dataset.step, list]));
    if (!lists.size) return null;
    return steps.map((step) =>
      [...(lists.get(step.dataset.planStep)?.querySelectorAll('li') ?? [])].map((item) => {
        item.querySelectorAll('br').forEach((line) => line.replaceWith('\n'));
        return item.textContent!.trim();
      }),
    );
  }

  async function open(file: File | undefined) {
    const entries = file && file.size <= MAX_FILE ? entriesFrom(await file.text()) : null;
    if (!entries) return announce(texts.openFailed!);
    reset(entries);
    announce(texts.opened!);
  }

  $('[data-plan-print]').addEventListener('click', () => window.print());
  addEventListener('afterprint', () => (unsaved = false));
  root.querySelectorAll<HTMLButtonElement>('[data-plan-save]').forEach((button) => button.addEventListener('click', () => save(button.dataset.planSave!)));
  fileInput.addEventListener('change', () => open(fileInput.files?.[0]));
  // A file dropped anywhere on the page is read here, never opened by the browser in place of the page.
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    void open(event.dataTransfer?.files[0]);
  });

  document.addEventListener('stodlinjen:quick-exit', wipe);
  addEventListener('pagehide', wipe);
  addEventListener('beforeunload', (event) => {
    if (!unsaved) return;
    event.preventDefault();
    // Browsers that predate preventDefault here ask when a text is returned.
    event.returnValue = true;
  });
  // The chat's page router (src/components/chat/navigation.ts) would swap this page out without
  // unloading it: leave as a whole page instead, so the same wiping and asking apply.
  document.addEventListener('astro:before-preparation', (event) => {
    if (!root.isConnected) return;
    event.preventDefault();
    location.assign((event as Event & { to: URL }).to);
  });

  reset();
  // The form to fill in by hand gives way to the fields (its lines still print for a step left empty).
  root.toggleAttribute('data-live', true);
  for (const paper of root.querySelectorAll('.plan-no-script, .plan-blank, [data-plan-prefilled]')) paper.classList.add('hidden');
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-plan-add], [data-plan-tools]')) hidden.hidden = false;
}
