import { defineField, defineType } from 'sanity';
import { DEFAULT_LANGUAGE, languageList, missingLanguages, type LocalizedItem } from '../../lib/languages';

/** A professional who reviews articles; shown as "Granskad av" on the page. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv personens namn.'),
    }),
    defineField({
      name: 'professionalTitle',
      title: 'Yrkestitel',
      description:
        'Till exempel ”Leg. psykolog” eller ”Leg. sjuksköterska, specialist i psykiatri”, och samma titel på engelska och arabiska. Saknas ett språk visas den svenska titeln där, märkt som svenska.',
      type: 'internationalizedArrayString',
      validation: (rule) => [
        rule
          .custom<LocalizedItem[]>((items) => (missingLanguages(items, [DEFAULT_LANGUAGE]).length ? 'Skriv personens yrkestitel på svenska, så att läsaren vet vem som har granskat texten.' : true))
          .error(),
        rule
          .custom<LocalizedItem[]>((items) => {
            const missing = missingLanguages(items).filter((language) => language !== DEFAULT_LANGUAGE);
            return missing.length ? `Skriv yrkestiteln på ${languageList(missing)} också. Annars visas den svenska titeln på sidorna på ${languageList(missing)}.` : true;
          })
          .warning(),
      ],
    }),
  ],
  preview: {
    select: { title: 'name', professionalTitle: 'professionalTitle' },
    prepare: ({ title, professionalTitle }: { title?: string; professionalTitle?: LocalizedItem<string>[] | string }) => ({
      title,
      // A title stored before it had language versions is plain Swedish text.
      subtitle: typeof professionalTitle === 'string' ? professionalTitle : professionalTitle?.find(({ language }) => language === DEFAULT_LANGUAGE)?.value,
    }),
  },
});
