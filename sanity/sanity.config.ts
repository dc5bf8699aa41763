import { documentInternationalization } from '@sanity/document-internationalization';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { apiVersion, dataset, projectId, publishStatusToken, publishStatusUrl } from './env';
import { presentation } from './presentation';
import { SINGLETON_TYPES, schemaTypes } from './schemaTypes';
import { withOfflineTranslationLinks } from './schemaTypes/translationLinks';
import { structure } from './structure';
import { ROUTED_TYPES, withSlugRedirect } from './actions/publishWithRedirect';
import { publishingTool } from './tools/publishing';
import { CONTENT_LANGUAGES, TRANSLATED_TYPES } from './lib/languages';

// Singletons may be published, have changes discarded or be restored; never deleted, duplicated
// or unpublished, which would leave the site without its settings.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

const languages = CONTENT_LANGUAGES.map(({ id, title }) => ({ id, title }));
const translatedTypes = new Set<string>(TRANSLATED_TYPES);
// A translated type is created only in a language ("Artikel på svenska" …): the plugin's
// templates `<type>-<language>` set the language field. The type's own template would leave it empty.
const languageTemplates = new Set(TRANSLATED_TYPES.flatMap((type) => languages.map(({ id }) => `${type}-${id}`)));
const isCreatable = (schemaType: string, templateId: string) => !SINGLETON_TYPES.has(schemaType) && (!translatedTypes.has(schemaType) || languageTemplates.has(templateId));

export default defineConfig({
  name: 'default',
  title: 'Stödlinjen',
  projectId,
  dataset,
  plugins: [
    structureTool({ title: 'Innehåll', structure }),
    presentation(),
    visionTool({ title: 'Frågor (GROQ)', defaultApiVersion: apiVersion }),
    publishingTool({ statusUrl: publishStatusUrl, statusToken: publishStatusToken }),
    // Articles, topics and pages: one document per language, linked by a translation.metadata
    // document (shape: docs/content-and-languages.md, "Four languages in Sanity"). Weak links, so a translation can be deleted or imported
    // in any order.
    documentInternationalization({
      supportedLanguages: languages,
      schemaTypes: [...TRANSLATED_TYPES],
      languageField: 'language',
      weakReferences: true,
    }),
    // Settings texts visitors read, one value per language in the same field.
    internationalizedArray({
      languages,
      fieldTypes: ['string', 'text', 'searchTerms', 'searchSynonyms'],
      languageDisplay: 'titleAndCode',
    }),
  ],
  schema: {
    // The plugins' types come first; the translation links' check is made to work offline.
    types: (pluginTypes) => [...withOfflineTranslationLinks(pluginTypes), ...schemaTypes],
    // No "create new" for singletons: they exist once, at their fixed ids.
    templates: (templates) => templates.filter(({ schemaType, id }) => isCreatable(schemaType, id)),
  },
  document: {
    actions: (actions, { schemaType }) => {
      if (SINGLETON_TYPES.has(schemaType)) return actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action));
      // A changed slug leaves a redirect from the old address behind.
      if (ROUTED_TYPES.has(schemaType)) return actions.map((action) => (action.action === 'publish' ? withSlugRedirect(action) : action));
      return actions;
    },
    newDocumentOptions: (options) => options.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId) && (!translatedTypes.has(templateId) || languageTemplates.has(templateId))),
  },
});
