// Counsellor page of the stand-in contact service (TEST DOUBLE): a person, or a browser test,
// plays the counsellor here. It long-polls the server and updates the page in place so that a
// reply being typed is never wiped by a refresh.

const queueStatus = document.getElementById('queue-status');
const queue = document.getElementById('queue');
const next = document.getElementById('next');
const list = document.getElementById('sessions');
const noSessions = document.getElementById('no-sessions');

const STATE = {
  connected: 'Pågår.',
  visitor: 'Avslutat av besökaren.',
  counsellor: 'Avslutat av dig.',
};

/** id -> { state, log, form, shown } for each session article on the page */
const articles = new Map();
let focusOnArrival = null;

const short = (id) => id.slice(0, 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function call(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    cache: 'no-store',
    ...(body && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.status === 204 ? null : res.json();
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function item({ from, text }) {
  return el(
    'li',
    { className: `msg ${from === 'visitor' ? 'theirs' : 'mine'}` },
    el('span', { className: 'who', textContent: from === 'visitor' ? 'Besökare' : 'Du' }),
    el('p', { textContent: text }),
  );
}

function article(id) {
  const name = `besökare ${short(id)}`;
  const state = el('p', { className: 'state', tabIndex: -1 });
  // The live region wraps the list: role="log" on the <ol> itself would hide its list semantics.
  const log = el('ol', { className: 'log' });
  const region = el('div', {}, log);
  region.setAttribute('role', 'log');
  region.setAttribute('aria-label', `Meddelanden med ${name}`);
  const text = el('textarea', { id: `reply-${id}`, name: 'text', rows: 3, maxLength: 2000, required: true });
  const form = el(
    'form',
    { className: 'compose' },
    el('label', { htmlFor: text.id, textContent: `Svar till ${name}` }),
    text,
    el(
      'div',
      { className: 'actions' },
      el('button', { type: 'submit', textContent: 'Skicka' }),
      el('button', { type: 'button', className: 'secondary', textContent: 'Avsluta samtalet', onclick: () => endSession(id) }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = text.value.trim();
    if (!body) return;
    try {
      await call(`/api/counsellor/sessions/${id}/messages`, { text: body });
      text.value = '';
    } catch {
      state.textContent = 'Svaret kunde inte skickas. Försök igen.';
    }
  });
  const heading = el('h3', { id: `heading-${id}`, textContent: `Samtal med ${name}` });
  const node = el('article', { className: 'session' }, heading, state, region, form);
  node.setAttribute('aria-labelledby', heading.id);
  node.dataset.session = id;
  list.append(node);
  const entry = { state, log, form, text, shown: 0 };
  articles.set(id, entry);
  return entry;
}

async function endSession(id) {
  try {
    await call(`/api/counsellor/sessions/${id}/end`);
  } catch {
    articles.get(id).state.textContent = 'Samtalet kunde inte avslutas. Försök igen.';
  }
}

function render(view) {
  const waiting = view.queue.length;
  queueStatus.textContent = waiting === 0 ? 'Ingen väntar i kön.' : waiting === 1 ? '1 besökare väntar.' : `${waiting} besökare väntar.`;
  queue.replaceChildren(
    ...view.queue.map((q) =>
      el('li', {
        textContent: `Besökare ${short(q.id)}, i kön sedan ${new Date(q.since).toLocaleTimeString('sv-SE')}, ${q.messages} meddelanden`,
      }),
    ),
  );
  next.disabled = waiting === 0;

  for (const s of view.sessions) {
    const entry = articles.get(s.id) ?? article(s.id);
    entry.log.append(...s.messages.slice(entry.shown).map(item));
    entry.shown = s.messages.length;
    entry.state.textContent = s.state === 'connected' ? STATE.connected : (STATE[s.reason] ?? 'Avslutat.');
    if (s.state === 'ended' && entry.form.isConnected) {
      if (entry.form.contains(document.activeElement)) entry.state.focus();
      entry.form.remove();
    }
    if (s.id === focusOnArrival) {
      focusOnArrival = null;
      entry.text.focus();
    }
  }
  // After a reset the server no longer knows the old sessions.
  for (const [id] of articles) {
    if (!view.sessions.some((s) => s.id === id)) {
      list.querySelector(`[data-session="${id}"]`)?.remove();
      articles.delete(id);
    }
  }
  noSessions.hidden = articles.size > 0;
}

next.addEventListener('click', async () => {
  try {
    const { sessionId } = await call('/api/counsellor/next');
    // The long-poll may have drawn the session already, or may do so in a moment.
    if (articles.has(sessionId)) articles.get(sessionId).text.focus();
    else focusOnArrival = sessionId;
  } catch {
    queueStatus.textContent = 'Ingen väntar i kön.';
  }
});

let since = -1;
for (;;) {
  try {
    const res = await fetch(`/api/counsellor?since=${since}`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const view = await res.json();
    since = view.version;
    render(view);
  } catch {
    queueStatus.textContent = 'Tappade kontakten med servern. Försöker igen …';
    await sleep(2000);
  }
}
