import { defineField, defineType } from 'sanity';
import { ok } from '../shared';
import { checkHelpContact, checkPhone } from '../../lib/rules';

/** Another service listed in a help box. The support line itself and 112 are added by the site. */
export const helpContact = defineType({
  name: 'helpContact',
  title: 'Kontakt',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      description: 'Till exempel ”Självmordslinjen” eller ”1177 Vårdguiden”.',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv tjänstens namn.'),
    }),
    defineField({
      name: 'phone',
      title: 'Telefonnummer',
      type: 'string',
      // On a string field rather than the object: the CLI reports object-level rules as warnings.
      validation: (rule) => rule.custom((phone: string | undefined, { parent }) => ok(checkPhone(phone) ?? checkHelpContact({ ...(parent as object), phone }))),
    }),
    defineField({
      name: 'url',
      title: 'Webbadress',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }).error('Ange en fullständig webbadress som börjar med https://.'),
    }),
    defineField({ name: 'availability', title: 'Öppettider', description: 'Till exempel ”dygnet runt”.', type: 'string' }),
  ],
  preview: {
    select: { title: 'name', phone: 'phone', availability: 'availability' },
    prepare: ({ title, phone, availability }) => ({ title, subtitle: [phone, availability].filter(Boolean).join(', ') }),
  },
});
