// The Studio's "Publicering" tool: the worker's status JSON is checked before anything is shown,
// and turned into Swedish times, grouped warnings and the overdue-review list editors act on.
import { describe, expect, it } from 'vitest';
import { absoluteTime, duration, overdueView, parseStatus, readStatusResponse, relativeTime, statusView, type PublishStatus } from '../../../sanity/tools/publishing/status';

const NOW = new Date('2026-11-27T12:00:00Z');

const status = (overrides: Partial<PublishStatus> = {}): PublishStatus => ({
  state: 'idle',
  pending: false,
  lastSuccess: { startedAt: '2026-11-27T11:54:00Z', finishedAt: '2026-11-27T11:55:00.250Z', durationMs: 60_250, pageCount: 1063 },
  warnings: [],
  lastFailure: null,
  overdueReviews: [],
  ...overrides,
});

describe('reading the worker status', () => {
  it('accepts a status in the documented shape and keeps every field', () => {
    const json = status({
      state: 'building',
      pending: true,
      warnings: [{ documentId: 'article-1', field: 'body[2]', message: 'okänt block togs bort' }],
      lastFailure: {
        at: '2026-11-27T10:00:00+01:00',
        reason: 'Två dokument har samma adress',
        documents: [
          { documentId: 'a', field: 'slug' },
          { documentId: 'b', field: 'slug' },
        ],
      },
      overdueReviews: [{ documentId: 'article-2', title: 'Sömn', nextReview: '2026-10-01' }],
    });
    expect(parseStatus(JSON.parse(JSON.stringify(json)))).toEqual({ ok: true, status: json });
  });

  it('accepts the status of a worker that has never published', () => {
    expect(parseStatus(status({ lastSuccess: null })).ok).toBe(true);
  });

  it('ignores fields it does not know, so a newer worker still shows', () => {
    expect(parseStatus({ ...status(), queueLength: 3 })).toMatchObject({ ok: true });
  });

  it('names every wrong field with its path and the value it got', () => {
    const result = parseStatus({
      state: 'running',
      pending: 'no',
      lastSuccess: { startedAt: 'yesterday', finishedAt: '2026-11-27T11:55:00Z', durationMs: -1, pageCount: 10.5 },
      warnings: [
        { documentId: '', field: 'slug', message: 'x' },
        { documentId: 'b', field: 3, message: '' },
      ],
      lastFailure: { at: '2026-11-27T10:00:00Z', reason: 'x', documents: 'a' },
      overdueReviews: [{ documentId: 'c', title: 'T', nextReview: '27/11/2026' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'state: ska vara "idle" eller "building", fick "running"',
      'pending: ska vara true eller false, fick "no"',
      'lastSuccess.startedAt: ska vara en tidpunkt (ISO 8601), fick "yesterday"',
      'lastSuccess.durationMs: ska vara ett heltal ≥ 0, fick -1',
      'lastSuccess.pageCount: ska vara ett heltal ≥ 0, fick 10.5',
      'warnings[0].documentId: ska vara en text som inte är tom, fick ""',
      'warnings[1].field: ska vara en text, fick 3',
      'warnings[1].message: ska vara en text som inte är tom, fick ""',
      'lastFailure.documents: ska vara en lista, fick "a"',
      'overdueReviews[0].nextReview: ska vara ett datum (ÅÅÅÅ-MM-DD), fick "27/11/2026"',
    ]);
  });

  it('reports missing parts instead of showing half a status', () => {
    const result = parseStatus({ state: 'idle', pending: false });
    expect(result).toEqual({
      ok: false,
      errors: [
        'lastSuccess: ska vara ett objekt, fick inget värde',
        'warnings: ska vara en lista, fick inget värde',
        'lastFailure: ska vara ett objekt, fick inget värde',
        'overdueReviews: ska vara en lista, fick inget värde',
      ],
    });
  });

  it('rejects something that is not an object at all', () => {
    expect(parseStatus([])).toEqual({ ok: false, errors: ['status: ska vara ett objekt, fick []'] });
    expect(parseStatus(null)).toEqual({ ok: false, errors: ['status: ska vara ett objekt, fick null'] });
  });

  it('rejects impossible dates that look right', () => {
    const result = parseStatus(status({ overdueReviews: [{ documentId: 'a', title: 'A', nextReview: '2026-13-45' }] }));
    expect(result.ok).toBe(false);
  });

  it('shortens a long wrong value in the message', () => {
    const result = parseStatus({ ...status(), state: 'x'.repeat(200) });
    expect(!result.ok && result.errors[0]!.length).toBeLessThan(120);
  });

  it('explains an HTTP error, a wrong content type and broken JSON from the worker', () => {
    const url = 'https://publish.example/status';
    expect(readStatusResponse(url, { status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })).toEqual({
      ok: false,
      errors: ['Publiceringstjänsten (https://publish.example/status) svarade med HTTP 502 i stället för 200.'],
    });
    expect(readStatusResponse(url, { status: 200, contentType: 'text/html; charset=utf-8', body: '<html>' }).ok).toBe(false);
    expect(readStatusResponse(url, { status: 200, contentType: 'application/json', body: '{"state":' })).toEqual({
      ok: false,
      errors: ['Publiceringstjänsten (https://publish.example/status) svarade med trasig JSON.'],
    });
    expect(readStatusResponse(url, { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(status()) }).ok).toBe(true);
  });
});

describe('times and counts in Swedish', () => {
  it('says how long ago in words editors use', () => {
    expect(relativeTime('2026-11-27T11:59:30Z', NOW)).toBe('nyss');
    expect(relativeTime('2026-11-27T12:00:05Z', NOW)).toBe('nyss'); // the worker's clock slightly ahead
    expect(relativeTime('2026-11-27T11:59:00Z', NOW)).toBe('för 1 minut sedan');
    expect(relativeTime('2026-11-27T11:15:00Z', NOW)).toBe('för 45 minuter sedan');
    expect(relativeTime('2026-11-27T11:00:00Z', NOW)).toBe('för 1 timme sedan');
    expect(relativeTime('2026-11-26T13:00:00Z', NOW)).toBe('för 23 timmar sedan');
    expect(relativeTime('2026-11-26T12:00:00Z', NOW)).toBe('för 1 dag sedan');
    expect(relativeTime('2026-11-17T12:00:00Z', NOW)).toBe('för 10 dagar sedan');
  });

  it('shows the time in Swedish time whatever the offset it was written with', () => {
    expect(absoluteTime('2026-11-27T11:55:00Z')).toBe(absoluteTime('2026-11-27T12:55:00+01:00'));
    expect(absoluteTime('2026-11-27T11:55:00Z')).toContain('12:55');
    expect(absoluteTime('2026-07-01T11:55:00Z')).toContain('13:55'); // summer time
  });

  it('gives build durations in seconds and minutes', () => {
    expect(duration(840)).toBe('0,8 s');
    expect(duration(9_440)).toBe('9,4 s');
    expect(duration(42_400)).toBe('42 s');
    expect(duration(60_000)).toBe('1 min');
    expect(duration(75_200)).toBe('1 min 15 s');
  });
});

describe('the status as the tool shows it', () => {
  it('shows the last publish with when, how long and how many pages', () => {
    const view = statusView(status(), NOW);
    expect(view.lastSuccess).toEqual({ when: 'för 4 minuter sedan', at: absoluteTime('2026-11-27T11:55:00.250Z'), duration: '1 min', pages: `${(1063).toLocaleString('sv-SE')} sidor` });
    expect(statusView(status({ lastSuccess: { ...status().lastSuccess!, pageCount: 1 } }), NOW).lastSuccess?.pages).toBe('1 sida');
    expect(statusView(status({ lastSuccess: null }), NOW).lastSuccess).toBeNull();
  });

  it('says whether a build is running and whether another is queued', () => {
    expect(statusView(status(), NOW).activity).toEqual({ tone: 'default', text: expect.stringContaining('Ingen publicering pågår') });
    expect(statusView(status({ state: 'building' }), NOW).activity.text).toBe('Webbplatsen byggs nu med de senaste publiceringarna.');
    expect(statusView(status({ state: 'building', pending: true }), NOW).activity.text).toContain('byggs direkt efteråt');
    expect(statusView(status({ pending: true }), NOW).activity.text).toBe('En publicering väntar på att byggas.');
  });

  it('groups warnings per document, most to fix first, each once, with the title and type the Studio knows', () => {
    const view = statusView(
      status({
        warnings: [
          { documentId: 'article-b', field: 'title', message: 'saknas' },
          { documentId: 'article-a', field: 'slug', message: 'saknas' },
          { documentId: 'article-b', field: 'body[4]', message: 'okänt block' },
          { documentId: 'article-b', field: 'title', message: 'saknas' },
          { documentId: 'article-c', field: 'related[0]', message: 'pekar på ett dokument som inte finns' },
        ],
      }),
      NOW,
      new Map([
        ['article-a', { type: 'article', title: 'Ångest' }],
        ['article-c', { type: 'article', title: 'Att prata om självmord' }],
      ]),
    );
    expect(view.warningCount).toBe(4);
    expect(view.warningGroups).toEqual([
      {
        documentId: 'article-b',
        type: undefined,
        title: 'article-b',
        warnings: [
          { field: 'body[4]', message: 'okänt block' },
          { field: 'title', message: 'saknas' },
        ],
      },
      { documentId: 'article-c', type: 'article', title: 'Att prata om självmord', warnings: [{ field: 'related[0]', message: 'pekar på ett dokument som inte finns' }] },
      // Swedish order: Å after Z and after A.
      { documentId: 'article-a', type: 'article', title: 'Ångest', warnings: [{ field: 'slug', message: 'saknas' }] },
    ]);
  });

  it('shows a failure after the last success as current, and an older one as superseded', () => {
    const failure = {
      at: '2026-11-27T11:58:00Z',
      reason: 'Två dokument har samma adress',
      documents: [
        { documentId: 'a', field: 'slug' },
        { documentId: 'b', field: 'slug' },
      ],
    };
    const current = statusView(status({ lastFailure: failure }), NOW, new Map([['a', { type: 'article', title: 'Sömn' }]]));
    expect(current.lastFailure).toMatchObject({ when: 'för 2 minuter sedan', reason: failure.reason, superseded: false });
    expect(current.lastFailure?.documents).toEqual([
      { documentId: 'a', type: 'article', title: 'Sömn', field: 'slug' },
      { documentId: 'b', type: undefined, title: 'b', field: 'slug' },
    ]);
    expect(statusView(status({ lastFailure: { ...failure, at: '2026-11-27T11:00:00Z' } }), NOW).lastFailure?.superseded).toBe(true);
    expect(statusView(status({ lastSuccess: null, lastFailure: failure }), NOW).lastFailure?.superseded).toBe(false);
  });
});

describe('overdue reviews', () => {
  const fromStatus = [
    { documentId: 'article-1', title: 'Sömn (vid bygget)', nextReview: '2026-10-01' },
    { documentId: 'article-9', title: 'Ensamhet', nextReview: '2026-11-01' },
  ];

  it('lists the Studio’s current answer, most overdue first, with how late', () => {
    const fromStudio = [
      { documentId: 'article-2', title: 'Oro', nextReview: '2026-11-26' },
      { documentId: 'article-1', title: 'Sömn', nextReview: '2026-10-01' },
    ];
    expect(overdueView(fromStudio, fromStatus, '2026-11-27')).toEqual([
      { documentId: 'article-1', title: 'Sömn', nextReview: '2026-10-01', late: '57 dagar sen' },
      { documentId: 'article-2', title: 'Oro', nextReview: '2026-11-26', late: '1 dag sen' },
    ]);
  });

  it('falls back to the last build’s list when the Studio could not ask', () => {
    expect(overdueView(null, fromStatus, '2026-11-27').map((review) => review.documentId)).toEqual(['article-1', 'article-9']);
  });

  it('leaves out reviews due today or later, and names an untitled article by its id', () => {
    expect(
      overdueView(
        [
          { documentId: 'due-today', title: 'Idag', nextReview: '2026-11-27' },
          { documentId: 'untitled', title: ' ', nextReview: '2026-11-20' },
        ],
        [],
        '2026-11-27',
      ),
    ).toEqual([{ documentId: 'untitled', title: 'untitled', nextReview: '2026-11-20', late: '7 dagar sen' }]);
  });
});
