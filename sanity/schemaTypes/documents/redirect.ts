import { defineField, defineType, type ValidationContext } from 'sanity';
import { apiVersion } from '../../env';
import { checkRedirectFrom, checkRedirectPath, checkRedirectTarget } from '../../lib/rules';
import { addressOwner, normaliseSitePath, sitePathProblem } from '../../../src/lib/redirects';

// Checks that need the Content Lake; skipped by `sanity documents validate --file` offline (the
// dataset lint and the build check the same over the whole dataset).
const offline = (context: ValidationContext) => context.environment === 'cli' && typeof process !== 'undefined' && process.env.SANITY_OFFLINE_VALIDATION === '1';

async function fromIsFree(from: string, context: ValidationContext): Promise<string | true> {
  const { document } = context;
  if (!document || offline(context) || sitePathProblem(from)) return true;
  const path = normaliseSitePath(from);
  const client = context.getClient({ apiVersion }).withConfig({ perspective: 'raw' });
  const owner = addressOwner(path);
  const [otherRedirect, livePage] = await client.fetch<[string | null, string | null]>(
    `[
      *[_type == "redirect" && from == $path && !sanity::versionOf($published)][0]._id,
      *[_type == $type && slug.current == $slug && coalesce(language, "sv") == $language && !(_id in path("drafts.**"))][0]._id
    ]`,
    { path, published: document._id.replace(/^drafts\./, ''), type: owner?.type ?? '', slug: owner?.slug ?? '', language: owner?.language ?? '' },
    { tag: 'validation.redirect-from' },
  );
  if (otherRedirect) return `Det finns redan en omdirigering från ${path} (${otherRedirect}). Ändra den i stället.`;
  if (livePage) return `På ${path} finns en publicerad sida (${livePage}). En adress som används kan inte flyttas; ändra sidans adress först.`;
  return true;
}

/** An old address of the site and where it leads now; the build serves it as a real 301 or 302. */
export const redirect = defineType({
  name: 'redirect',
  title: 'Omdirigering',
  type: 'document',
  description: 'Leder besökare och sökmotorer från en gammal adress till en ny. Skapas automatiskt när en publicerad artikel, ett ämne eller en sida får ny adress.',
  fields: [
    defineField({
      name: 'from',
      title: 'Från adress',
      description: 'Den gamla adressen på webbplatsen, utan domän, med snedstreck först och sist. Till exempel /artiklar/gammal-adress/.',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Skriv den gamla adressen, till exempel /artiklar/gammal-adress/.'),
        rule.custom(async (value: string | undefined, context) => checkRedirectFrom(value) ?? (value ? fromIsFree(value, context) : true)),
      ],
    }),
    defineField({
      name: 'toDocument',
      title: 'Till dokument',
      description: 'Artikeln, ämnet eller sidan som besökaren ska komma till. Följer med om dokumentet får ny adress.',
      type: 'reference',
      to: [{ type: 'article' }, { type: 'topic' }, { type: 'page' }],
      weak: true,
    }),
    defineField({
      name: 'toPath',
      title: 'Till adress',
      description: 'I stället för ett dokument: en adress på webbplatsen, till exempel /kontakt/.',
      type: 'string',
      // The target rule sits on this string field: `sanity documents validate` reports document-level
      // and reference-field rules as warnings only (@sanity/validation 6.15).
      validation: (rule) =>
        rule.custom((value: string | undefined, context) => checkRedirectPath(value) ?? checkRedirectTarget((context.document ?? {}) as Parameters<typeof checkRedirectTarget>[0]) ?? true),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent flytt (301)',
      description: 'På: adressen har flyttat för gott, och sökmotorer byter till den nya (301). Av: tillfälligt (302), till exempel under en kampanj.',
      type: 'boolean',
      initialValue: true,
    }),
  ],
  preview: {
    select: { from: 'from', toPath: 'toPath', title: 'toDocument.title', permanent: 'permanent' },
    prepare: ({ from, toPath, title, permanent }: { from?: string; toPath?: string; title?: string; permanent?: boolean }) => ({
      title: from ?? '(ingen adress)',
      subtitle: `→ ${title ?? toPath ?? '(inget mål)'} · ${permanent === false ? 'tillfällig (302)' : 'permanent (301)'}`,
    }),
  },
});
