// Runs the real Sanity CLI against the schema, offline: what an editor's content gets from
// `sanity documents validate`, and that the schema itself is valid.
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const studioDir = fileURLToPath(new URL('../../../sanity/', import.meta.url));
const sanityBin = fileURLToPath(new URL('../../../node_modules/.bin/sanity', import.meta.url));
const TIMEOUT = 180_000;

interface Marker {
  level: 'error' | 'warning' | 'info';
  message: string;
  path: unknown[];
}
interface Result {
  documentId: string;
  markers: Marker[];
}

function sanity(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      sanityBin,
      args,
      {
        cwd: studioDir,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          // The bin script runs `node` from PATH: use the one running the tests.
          PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
          // Offline file validation: the CLI wants some token, and slug uniqueness (which needs the
          // Content Lake) is skipped; lint-dataset checks it instead.
          SANITY_AUTH_TOKEN: 'dummy',
          SANITY_OFFLINE_VALIDATION: '1',
          DO_NOT_TRACK: '1',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Both CLI runs start at once: each spends most of its time loading the Studio config.
let validateDocuments: ReturnType<typeof sanity>;
let validateEmbedded: ReturnType<typeof sanity>;
let validateSchema: ReturnType<typeof sanity>;
beforeAll(() => {
  validateDocuments = sanity(['documents', 'validate', '--file', 'fixtures/invalid.ndjson', '--format', 'json', '--level', 'warning', '--yes']);
  validateEmbedded = sanity(['documents', 'validate', '--file', 'dataset/data.ndjson', '--format', 'json', '--level', 'warning', '--yes']);
  validateSchema = sanity(['schema', 'validate', '--format', 'json']);
});

describe('sanity documents validate on sanity/fixtures/invalid.ndjson', () => {
  let code: number;
  let byId: Map<string, Marker[]>;
  const messages = (id: string, level: Marker['level']) => (byId.get(id) ?? []).filter((m) => m.level === level).map((m) => m.message);

  beforeAll(async () => {
    const run = await validateDocuments;
    code = run.code;
    const results = JSON.parse(run.stdout) as Result[];
    byId = new Map(results.map((r) => [r.documentId, r.markers]));
  }, TIMEOUT);

  it('fails, so a CI step over the dataset fails too', () => {
    expect(code).not.toBe(0);
  });

  it('accepts a complete sensitive article, and the topic and person it refers to', () => {
    for (const id of ['article-valid', 'topic-somn', 'person-fixture']) expect(byId.get(id)).toBeUndefined();
  });

  it('an editor cannot publish a reviewer without a Swedish title, and is reminded to add English and Arabic', () => {
    expect(messages('person-title-without-swedish', 'error')).toEqual([expect.stringContaining('yrkestitel på svenska')]);
    expect(messages('person-title-in-swedish-only', 'error')).toEqual([]);
    expect(messages('person-title-in-swedish-only', 'warning')).toEqual(['Skriv yrkestiteln på engelska och arabiska också. Annars visas den svenska titeln på sidorna på engelska och arabiska.']);
  });

  it('an editor cannot publish an article without a summary', () => {
    expect(messages('article-missing-summary', 'error')).toEqual(['Skriv en kort sammanfattning.']);
  });

  it('an editor cannot publish a summary over 200 characters', () => {
    expect(messages('article-summary-too-long', 'error')).toEqual(['Sammanfattningen får vara högst 200 tecken. Korta den, resten hör hemma i brödtexten.']);
  });

  it('an editor is told how to fix a malformed slug (a warning in the CLI, an error in the Studio and the lint)', () => {
    expect(messages('article-bad-slug', 'warning')).toEqual([expect.stringContaining('Adressen ”Oro_och_Ångest” får bara innehålla små bokstäver a–z')]);
  });

  it('an editor cannot set the next review before the last one', () => {
    expect(messages('article-review-dates', 'error')).toEqual(['Nästa granskning (2025-01-01) måste ligga efter senaste granskningen (2025-06-01).']);
    expect(messages('article-review-dates', 'warning')).toEqual([expect.stringContaining('Granskningen är försenad')]);
  });

  it('an editor cannot publish an image without alt text, nor a decorative image with alt text', () => {
    expect(byId.get('article-figure-alt')).toEqual([
      expect.objectContaining({ level: 'error', path: ['body', { _key: 'f1' }, 'alt'], message: expect.stringContaining('Skriv en alternativtext') }),
      expect.objectContaining({ level: 'error', path: ['body', { _key: 'f2' }, 'alt'], message: expect.stringContaining('markerad som dekorativ') }),
    ]);
  });

  it('an editor cannot publish a sensitive article without a content note and a help box', () => {
    expect(messages('article-sensitive-without-help', 'error')).toEqual([
      expect.stringContaining('måste ha en innehållsvarning'),
      expect.stringContaining('måste ha en hjälpruta bland de 3 första blocken'),
    ]);
  });

  it('an editor cannot put the help box of a sensitive article below the first three blocks', () => {
    expect(messages('article-sensitive-late-help-box', 'error')).toEqual([expect.stringContaining('hjälpruta bland de 3 första blocken')]);
  });

  it('an editor cannot publish a sensitive article whose help box lists no other service', () => {
    expect(messages('article-help-box-without-contacts', 'error')).toEqual([expect.stringContaining('minst en annan tjänst som är öppen dygnet runt')]);
  });

  it('an editor is warned, not blocked, about ruled-out phrasings and told what to write instead', () => {
    expect(messages('article-forbidden-phrasing', 'error')).toEqual([]);
    expect(byId.get('article-forbidden-phrasing')).toEqual([
      expect.objectContaining({ level: 'warning', path: ['title'], message: expect.stringMatching(/”begått självmord”.*”ta sitt liv”/) }),
      expect.objectContaining({
        level: 'warning',
        path: ['body', { _key: 'b1' }, 'children', { _key: 'b1s' }, 'text'],
        message: expect.stringMatching(/”misslyckat självmordsförsök”.*”suicidförsök”/),
      }),
    ]);
  });

  it('an editor cannot add javascript: or data: links', () => {
    expect(messages('article-javascript-link', 'error')).toEqual([
      expect.stringContaining('Länkar som börjar med ”javascript:” är inte tillåtna'),
      expect.stringContaining('Länkar som börjar med ”data:” är inte tillåtna'),
    ]);
  });

  it('an editor cannot publish an exercise with a single step', () => {
    expect(messages('article-one-step-exercise', 'error')).toEqual(['En övning behöver minst två steg.']);
  });

  it('an editor cannot save a redirect from a full address, or without the trailing slash, and is shown the form to write', () => {
    expect(messages('redirect-full-address', 'error')).toEqual([expect.stringContaining('utan https:// och domän')]);
    expect(messages('redirect-without-slash', 'error')).toEqual([
      'Skriv adressen som webbplatsen skriver sina adresser: ”/gammal/” (med snedstreck i slutet).',
      'Skriv adressen som webbplatsen skriver sina adresser: ”/kontakt/” (med snedstreck i slutet).',
    ]);
  });

  it('an editor cannot save a redirect that leads to both a document and a path, or to nothing', () => {
    expect(messages('redirect-two-targets', 'error')).toEqual([expect.stringContaining('inte båda')]);
    expect(messages('redirect-nowhere', 'error')).toEqual([expect.stringContaining('Välj vart adressen ska leda')]);
  });

  it('an editor cannot save contact settings the build would stop on: a wrong number, unreadable times, http, a repeated date', () => {
    const errors = messages('contactSettings', 'error');
    expect(errors).toContainEqual(expect.stringContaining('Skriv numret med siffror'));
    expect(errors).toContainEqual(expect.stringContaining('Skriv tiden som TT:MM'));
    expect(errors).toContainEqual(expect.stringContaining('kan inte öppna och stänga samma minut'));
    expect(errors).toContainEqual(expect.stringContaining('Ange en fullständig adress som börjar med https://'));
    expect(errors).toContainEqual(expect.stringContaining('Datumet 2026-12-24 har redan en avvikande öppettid'));
  });

  it('an editor cannot save a visitor text of the contact settings without its English and Arabic versions, nor promise no language', () => {
    const errors = messages('contactSettings', 'error');
    expect(errors).toContainEqual('Skriv texten som visas när chatten är öppen på engelska och arabiska. Lättläst visar den svenska texten om den lättlästa saknas.');
    expect(errors).toContainEqual(expect.stringContaining('Skriv texten som visas när statusen inte går att nå på engelska.'));
    expect(errors).toContainEqual(expect.stringContaining('Skriv kommentaren på engelska och arabiska.'));
    expect(errors).toContainEqual('Minst ett språk måste alltid finnas, till exempel svenska.');
    expect(errors.filter((message) => message.includes('chatten är upptagen') || message.includes('chatten är stängd'))).toEqual([]);
  });

  it('skips slug uniqueness offline instead of failing on the unreachable API', () => {
    expect(byId.get('article-duplicate-slug')).toBeUndefined();
  });

  it('skips the check of the links between translations offline too (the dataset lint checks them)', () => {
    expect(byId.get('translation-article-valid')).toBeUndefined();
  });
});

describe('sanity documents validate on the embedded dataset', () => {
  it(
    'passes: no errors, and no warning but reviews falling due as time goes by',
    async () => {
      const { code, stdout, stderr } = await validateEmbedded;
      expect(code, stderr).toBe(0);
      const markers = (JSON.parse(stdout) as Result[]).flatMap((r) => r.markers.map((m) => ({ id: r.documentId, ...m })));
      expect(markers.filter((m) => m.level === 'error')).toEqual([]);
      expect(markers.filter((m) => !m.message.includes('Granskningen är försenad'))).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('sanity schema validate', () => {
  it(
    'passes with no errors or warnings',
    async () => {
      const { code, stdout } = await validateSchema;
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([]);
    },
    TIMEOUT,
  );
});
