// Chat page of the stand-in contact service (TEST DOUBLE). It long-polls its own server and
// reports the contract's events to the embedding site. No cookies and no storage: the session and
// its history live on the server, so reloading with ?session=<id> shows the same conversation.
// A session the server no longer knows is reported as ended (`lost`), never silently replaced.
// Its texts are in the visitor's language (`lang` in the address), handed over by the server in
// the page's JSON data block.

const params = new URLSearchParams(location.search);
// The server only serves this page when `parent` is absent or a valid origin.
const parent = params.get('parent');
const statusEl = document.getElementById('status');
const log = document.getElementById('log');
const form = document.getElementById('compose');
const text = document.getElementById('text');
const exitButton = document.getElementById('quick-exit');

const T = JSON.parse(document.getElementById('texts').textContent);
const plural = new Intl.PluralRules(T.lang);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
const queuedText = (position, minutes) => fill(T.queued, { position, wait: fill(T.wait[plural.select(minutes)] ?? T.wait.other, { minutes }) });

let sessionId = null;
let last = null; // the last view rendered
let shown = 0; // messages already in the log

// targetOrigin is the site's origin, never '*': the events carry the session id.
function post(event) {
  if (parent && window.parent !== window) window.parent.postMessage({ ...event, v: 1 }, parent);
}

async function api(path = '', init = {}) {
  // keepalive: an end request must get out even when the page is leaving (the quick exit).
  const res = await fetch(`/api/sessions${path}`, { cache: 'no-store', keepalive: init.method === 'POST', ...init });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.status === 204 ? null : res.json();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function item({ from, text: body }) {
  const li = document.createElement('li');
  li.className = `msg ${from === 'visitor' ? 'mine' : 'theirs'}`;
  const who = document.createElement('span');
  who.className = 'who';
  who.textContent = from === 'visitor' ? T.you : T.counsellor;
  const p = document.createElement('p');
  p.textContent = body;
  li.append(who, p);
  return li;
}

function render(view, initial) {
  const fresh = view.messages.slice(shown);
  log.append(...fresh.map(item));
  shown = view.messages.length;

  // State events first, so a parent sees "connected" before the first counsellor message.
  if (view.state === 'queued') {
    statusEl.textContent = queuedText(view.position, view.estimatedWaitMinutes);
    if (last?.position !== view.position || last?.estimatedWaitMinutes !== view.estimatedWaitMinutes) {
      post({ type: 'queued', position: view.position, estimatedWaitMinutes: view.estimatedWaitMinutes });
    }
  } else if (view.state === 'connected') {
    statusEl.textContent = T.connected;
    if (last?.state !== 'connected') post({ type: 'connected' });
  } else {
    statusEl.textContent = T.ended[view.reason] ?? T.ended.other;
    if (last?.state !== 'ended') post({ type: 'ended', ...(view.reason && { reason: view.reason }) });
    // Keep keyboard users oriented when the form they were in disappears.
    if (form.contains(document.activeElement)) statusEl.focus();
    form.hidden = true;
  }
  if (view.state !== 'ended') form.hidden = false;

  // History shown on (re)load is not news to the parent; only later messages are counted.
  const incoming = fresh.filter((m) => m.from === 'counsellor').length;
  if (!initial && incoming) post({ type: 'message', count: incoming });
  last = view;
}

async function open() {
  // After a failed attempt, resume the session already created rather than queue again.
  const wanted = sessionId ?? params.get('session');
  let view = null;
  if (wanted) {
    try {
      view = await api(`/${encodeURIComponent(wanted)}?since=-1`);
    } catch (err) {
      if (err.status !== 404) throw err;
      // Unknown session: say so; the visitor decides whether to start a new one.
      render({ state: 'ended', reason: 'lost', messages: [] }, true);
      return;
    }
  }
  if (!view) {
    try {
      view = await api('', { method: 'POST' });
    } catch (err) {
      if (err.status !== 409) throw err;
      render({ state: 'ended', reason: 'closed', messages: [] }, true);
      return;
    }
  }
  sessionId = view.sessionId;
  post({ type: 'ready', sessionId });
  render(view, true);

  let retry = 1000;
  while (last.state !== 'ended') {
    try {
      const next = await api(`/${sessionId}?since=${last.version}`);
      retry = 1000;
      render(next, false);
    } catch (err) {
      if (err.status === 404) {
        render({ state: 'ended', reason: 'lost', messages: last.messages }, false);
        return;
      }
      statusEl.textContent = T.reconnecting;
      await sleep(retry);
      retry = Math.min(retry * 2, 15_000);
    }
  }
}

async function end() {
  if (!sessionId || last?.state === 'ended') return;
  try {
    await api(`/${sessionId}/end`, { method: 'POST' });
  } catch {
    statusEl.textContent = T.endFailed;
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = text.value.trim();
  if (!body || !sessionId) return;
  try {
    await api(`/${sessionId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: body }),
    });
    text.value = '';
  } catch {
    statusEl.textContent = T.sendFailed;
  }
});

text.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

document.getElementById('end').addEventListener('click', end);

// The quick exit inside the chat: keys typed here never reach the site, so the chat ends the
// session itself and asks the site to leave (`quick-exit`), from its own control or from Shift
// pressed three times on its own (other keys reset; 5 seconds from each press), as on the site.
function quickExit() {
  end();
  post({ type: 'quick-exit' });
}
if (parent && window.parent !== window) {
  exitButton.hidden = false;
  exitButton.addEventListener('click', quickExit);
  // The site announces the chat's state in its own live region; here it would be heard twice.
  statusEl.removeAttribute('role');
}
let presses = 0;
let shiftAlone = false;
let pressTimer;
document.addEventListener('keydown', (event) => {
  if (event.key === 'Shift') {
    if (!event.repeat) shiftAlone = !(event.ctrlKey || event.altKey || event.metaKey);
    return;
  }
  shiftAlone = false;
  presses = 0;
});
document.addEventListener('keyup', (event) => {
  if (event.key !== 'Shift' || !shiftAlone || event.ctrlKey || event.altKey || event.metaKey) return;
  shiftAlone = false;
  presses += 1;
  clearTimeout(pressTimer);
  if (presses >= 3) {
    presses = 0;
    quickExit();
    return;
  }
  pressTimer = setTimeout(() => (presses = 0), 5000);
});

// The site may end the session, e.g. from its own "Avsluta" button or quick-exit.
window.addEventListener('message', (event) => {
  if (!parent || event.source !== window.parent || event.origin !== parent) return;
  if (event.data?.type === 'end' && event.data.v === 1) end();
});

(async function connect() {
  try {
    await open();
  } catch {
    statusEl.textContent = T.connectFailed;
    await sleep(3000);
    connect();
  }
})();
