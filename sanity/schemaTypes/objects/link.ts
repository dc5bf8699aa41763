import { defineField, defineType } from 'sanity';
import { ok } from '../shared';
import { checkHref } from '../../lib/rules';

export const link = defineType({
  name: 'link',
  title: 'Extern länk',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'Adress',
      description: 'Börjar med https://, mailto: eller tel:.',
      // A string, not `url`: the url type adds its own English-language http(s)-only check,
      // while checkHref allows web, e-mail and phone links and nothing else.
      type: 'string',
      validation: (rule) => [rule.required().error('Ange adressen som länken går till.'), rule.custom((href: string | undefined) => ok(checkHref(href)))],
    }),
  ],
});
