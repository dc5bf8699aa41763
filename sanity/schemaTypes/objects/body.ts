import { defineArrayMember, defineType } from 'sanity';

/** Portable Text shared by articles and pages. The site's renderer knows exactly these members. */
export const body = defineType({
  name: 'body',
  title: 'Brödtext',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Stycke', value: 'normal' },
        { title: 'Rubrik 2', value: 'h2' },
        { title: 'Rubrik 3', value: 'h3' },
      ],
      lists: [
        { title: 'Punktlista', value: 'bullet' },
        { title: 'Numrerad lista', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Fet', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
        ],
        annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
      },
    }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'helpBox' }),
    defineArrayMember({ type: 'exerciseSteps' }),
    defineArrayMember({ type: 'faqItem' }),
    defineArrayMember({ type: 'figure' }),
  ],
});
