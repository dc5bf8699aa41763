// The Content Lake stand-in as the Studio and Sanity's webhooks use it: mutations through
// @sanity/client, publish as Sanity does it (the draft replaces the published document), and
// GROQ-powered webhooks with the project's definition, signed as Sanity signs them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type SanityClient } from '@sanity/client';
import { isValidSignature } from '@sanity/webhook';
import definition from '../../../src/publish/webhook.json';
import { startContentLake } from '../../support/content-lake';

const SECRET = 'stand-in-secret';
let lake: Awaited<ReturnType<typeof startContentLake>>;
let client: SanityClient;
let receiver: Server;
let received: Array<{ body: unknown; valid: boolean; operation: string | undefined }>;

beforeAll(async () => {
  received = [];
  receiver = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const signature = req.headers['sanity-webhook-signature'];
    received.push({
      body: JSON.parse(body),
      valid: typeof signature === 'string' && (await isValidSignature(body, signature, SECRET)),
      operation: req.headers['sanity-operation'] as string | undefined,
    });
    res.writeHead(202).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`, filter: definition.filter, projection: definition.projection, secret: SECRET };
  lake = await startContentLake(
    [
      { _id: 'article-somn', _type: 'article', title: 'Sömn', slug: { _type: 'slug', current: 'somn' } },
      { _id: 'contactSettings', _type: 'contactSettings', phoneNumber: '90 390' },
    ],
    'production',
    { webhooks: [hook] },
  );
  client = createClient({ projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: lake.url, useProjectHostname: false, useCdn: false, token: 'write-token' });
});
afterAll(async () => {
  await lake.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(async () => {
  // A webhook the previous test's mutation sent may still be on its way.
  await lake.delivered();
  received.length = 0;
});

const published = (id: string) => client.fetch(`*[_id == $id][0]`, { id });

describe('Content Lake stand-in: mutations', () => {
  it('creates, patches (set and unset) and deletes documents, visible to queries at once', async () => {
    await client.create({ _id: 'topic-ny', _type: 'topic', title: 'Ny', slug: { _type: 'slug', current: 'ny' }, order: 3 });
    await client.patch('topic-ny').set({ title: 'Nytt ämne', 'slug.current': 'nytt-amne' }).unset(['order']).commit();
    expect(await published('topic-ny')).toMatchObject({ title: 'Nytt ämne', slug: { current: 'nytt-amne' }, _rev: expect.any(String) });
    expect(await published('topic-ny')).not.toHaveProperty('order');
    await client.delete('topic-ny');
    expect(await published('topic-ny')).toBeNull();
  });

  it('a draft is invisible to the published perspective until it is published', async () => {
    await client.createOrReplace({ _id: 'drafts.article-ny', _type: 'article', title: 'Ny artikel', slug: { _type: 'slug', current: 'ny-artikel' } });
    expect(await published('drafts.article-ny')).toBeNull();
    const draft = lake.documents().find((doc) => doc._id === 'drafts.article-ny')!;
    const { _id, _rev, _createdAt, _updatedAt, ...fields } = draft;
    await client
      .transaction()
      .createOrReplace({ ...fields, _id: 'article-ny', _type: 'article' })
      .delete('drafts.article-ny')
      .commit();
    expect(await published('article-ny')).toMatchObject({ title: 'Ny artikel' });
    expect(lake.documents().some((doc) => doc._id === 'drafts.article-ny')).toBe(false);
  });

  it('a transaction with a failing mutation changes nothing', async () => {
    const failed = client
      .transaction()
      .patch('article-somn', (patch) => patch.set({ title: 'Ändrad' }))
      .create({ _id: 'article-somn', _type: 'article' })
      .commit();
    await expect(failed).rejects.toThrow(/already exists/);
    expect(await published('article-somn')).toMatchObject({ title: 'Sömn' });
    await expect(client.patch('article-saknas').set({ title: 'x' }).commit()).rejects.toThrow(/not found/);
  });
});

describe('Content Lake stand-in: webhooks', () => {
  it('publishing sends one signed webhook with the projection; the draft alone sends none', async () => {
    await client.createOrReplace({ _id: 'drafts.article-stress', _type: 'article', title: 'Stress', slug: { _type: 'slug', current: 'stress' } });
    await lake.delivered();
    expect(received).toEqual([]);
    await client
      .transaction()
      .createOrReplace({ _id: 'article-stress', _type: 'article', title: 'Stress', slug: { _type: 'slug', current: 'stress' } })
      .delete('drafts.article-stress')
      .commit();
    await lake.delivered();
    expect(received).toEqual([{ body: { _id: 'article-stress', _type: 'article', slug: 'stress', operation: 'create' }, valid: true, operation: 'create' }]);
  });

  it('settings changes and deletions are sent; types the site does not show are not', async () => {
    await client.patch('contactSettings').set({ phoneNumber: '90 391' }).commit();
    await client.create({ _id: 'sanity.imageAsset-x', _type: 'sanity.imageAsset', url: 'x' });
    await client.delete('article-somn');
    await lake.delivered();
    expect(received.map((delivery) => delivery.body)).toEqual([
      { _id: 'contactSettings', _type: 'contactSettings', slug: null, operation: 'update' },
      { _id: 'article-somn', _type: 'article', slug: 'somn', operation: 'delete' },
    ]);
    expect(received.every((delivery) => delivery.valid)).toBe(true);
    expect(lake.deliveries.at(-1)).toMatchObject({ status: 202 });
  });
});
