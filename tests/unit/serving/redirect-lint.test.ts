// The dataset lint's redirect checks: the same rules as the Studio's validation, over a whole
// export, in Swedish, naming the document and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDataset, type LintDocument } from '../../../sanity/lib/lint-dataset';
import { parseNdjson } from '../../../src/data/embedded';
import { article, redirect, TODAY as today } from '../../support/fixtures';

const lint = (docs: LintDocument[]) => lintDataset([article('article-somn', { language: 'sv' }), ...docs], { today }).filter((finding) => finding.id !== 'article-somn');

describe('dataset lint of redirects', () => {
  it('passes redirects to a document or to a path of the site', () => {
    expect(lint([redirect('r-doc', '/artiklar/sova/', { doc: 'article-somn' }), redirect('r-path', '/hjalp/', { path: '/kontakt/' })])).toEqual([]);
  });

  it('reports unusable addresses and targets as errors on their field', () => {
    expect(lint([redirect('r-a', 'https://stodlinjen.se/x/', { path: '/kontakt' }), redirect('r-b', '/y/', {})])).toEqual([
      { id: 'r-a', field: 'from', level: 'error', message: expect.stringContaining('utan https://') },
      { id: 'r-a', field: 'toPath', level: 'error', message: expect.stringContaining('”/kontakt/”') },
      { id: 'r-b', field: 'toPath', level: 'error', message: expect.stringContaining('Välj vart') },
    ]);
  });

  it('reports a redirect from an address a document or the site uses, and two from one address', () => {
    expect(
      lint([
        redirect('r-live', '/artiklar/somn/', { path: '/sok/' }),
        redirect('r-fixed', '/kontakt/', { path: '/sok/' }),
        redirect('r-one', '/gammal/', { path: '/sok/' }),
        redirect('r-two', '/gammal/', { path: '/sok/' }),
        redirect('drafts.r-one', '/gammal/', { path: '/sok/' }),
      ]),
    ).toEqual([
      { id: 'r-live', field: 'from', level: 'error', message: expect.stringContaining('(article-somn)') },
      { id: 'r-fixed', field: 'from', level: 'error', message: expect.stringContaining('/kontakt/') },
      { id: 'r-two', field: 'from', level: 'error', message: expect.stringContaining('(r-one)') },
    ]);
  });

  it('warns about a chain and a target document that is not there; reports a loop as an error', () => {
    const findings = lint([
      redirect('r-1', '/a/', { path: '/b/' }),
      redirect('r-2', '/b/', { doc: 'article-finns-inte' }),
      redirect('r-x', '/x/', { path: '/y/' }),
      redirect('r-y', '/y/', { path: '/x/' }),
    ]);
    expect(findings).toContainEqual({ id: 'r-1', field: 'toPath', level: 'warning', message: expect.stringContaining('/b/ flyttas själv vidare') });
    expect(findings).toContainEqual({ id: 'r-2', field: 'toDocument', level: 'warning', message: expect.stringContaining('article-finns-inte finns inte') });
    expect(findings).toContainEqual({ id: 'r-x', field: 'toPath', level: 'error', message: expect.stringContaining('/x/ → /y/ → /x/') });
    expect(findings).toContainEqual({ id: 'r-y', field: 'toPath', level: 'error', message: expect.stringContaining('cirkel') });
  });

  it('finds nothing wrong with the embedded dataset’s redirects', () => {
    const file = new URL('../../../sanity/dataset/data.ndjson', import.meta.url);
    const docs = parseNdjson(readFileSync(file, 'utf8'), file.pathname);
    expect(docs.filter((doc) => doc._type === 'redirect').length).toBeGreaterThanOrEqual(2);
    expect(lintDataset(docs, { today }).filter((finding) => finding.id.includes('redirect'))).toEqual([]);
  });
});
