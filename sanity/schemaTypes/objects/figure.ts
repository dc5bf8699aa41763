import { defineField, defineType } from 'sanity';
import { ok } from '../shared';
import { checkFigureAlt, checkFigureImage } from '../../lib/rules';

export const figure = defineType({
  name: 'figure',
  title: 'Bild',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativtext',
      description: 'Beskriv vad bilden visar för den som inte ser den. Lämna tomt bara om bilden är dekorativ.',
      type: 'string',
      validation: (rule) => rule.custom((alt: string | undefined, { parent }) => ok(checkFigureAlt({ ...(parent as object), alt }))),
    }),
    defineField({
      name: 'decorative',
      title: 'Dekorativ bild',
      description: 'Bilden tillför inget innehåll och hoppas över av skärmläsare.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({ name: 'caption', title: 'Bildtext', type: 'string' }),
  ],
  // Checked on the image object, so `sanity documents validate` reports it as a warning (see shared.ts);
  // the site's build reports a figure without an image too.
  validation: (rule) => rule.custom((value) => ok(checkFigureImage(value as Parameters<typeof checkFigureImage>[0]))),
  preview: {
    select: { media: 'asset', alt: 'alt', caption: 'caption', decorative: 'decorative' },
    prepare: ({ media, alt, caption, decorative }) => ({ media, title: caption || alt || 'Bild', subtitle: decorative ? 'Dekorativ' : alt ? undefined : 'Saknar alternativtext' }),
  },
});
