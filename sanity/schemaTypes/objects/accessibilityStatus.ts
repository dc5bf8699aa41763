import { defineField, defineType } from 'sanity';
import { COMPLIANCE_STATUS_KEYS, COMPLIANCE_STATUSES } from '../../../src/lib/compliance';
import sv from '../../../src/i18n/sv.json';

/** DIGG's required facts for the accessibility statement; the statement's text is the linked page. */
export const accessibilityStatus = defineType({
  name: 'accessibilityStatus',
  title: 'Tillgänglighetsstatus',
  type: 'object',
  fields: [
    defineField({
      name: 'organisationName',
      title: 'Organisationens namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange namnet på organisationen som ansvarar för webbplatsen.'),
    }),
    defineField({
      name: 'serviceName',
      title: 'Tjänstens namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange webbplatsens namn.'),
    }),
    defineField({
      name: 'complianceStatus',
      title: 'Förenlighet med lagkraven',
      type: 'string',
      options: {
        list: COMPLIANCE_STATUSES.map((value) => {
          const title = sv[COMPLIANCE_STATUS_KEYS[value]];
          return { title: title.charAt(0).toLocaleUpperCase('sv-SE') + title.slice(1), value };
        }),
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Välj hur väl webbplatsen uppfyller lagkraven.'),
    }),
    defineField({
      name: 'assessedOn',
      title: 'Bedömd',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => rule.required().error('Ange när webbplatsen senast bedömdes.'),
    }),
    defineField({
      name: 'updatedOn',
      title: 'Redogörelsen uppdaterad',
      type: 'date',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => [
        rule.required().error('Ange när redogörelsen senast uppdaterades.'),
        rule.custom((updatedOn: string | undefined, { parent }) => {
          const assessedOn = (parent as { assessedOn?: string } | undefined)?.assessedOn;
          return !updatedOn || !assessedOn || updatedOn >= assessedOn ? true : 'Redogörelsen kan inte ha uppdaterats före bedömningen.';
        }),
      ],
    }),
  ],
});
