import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { apiVersion, dataset, projectId, publishStatusUrl } from './env';
import { presentation } from './presentation';
import { SINGLETON_TYPES, schemaTypes } from './schemaTypes';
import { structure } from './structure';
import { ROUTED_TYPES, withSlugRedirect } from './actions/publishWithRedirect';
import { publishingTool } from './tools/publishing';

// Singletons may be published, have changes discarded or be restored; never deleted, duplicated
// or unpublished, which would leave the site without its settings.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

export default defineConfig({
  name: 'default',
  title: 'Stödlinjen',
  projectId,
  dataset,
  plugins: [
    structureTool({ title: 'Innehåll', structure }),
    presentation(),
    visionTool({ title: 'Frågor (GROQ)', defaultApiVersion: apiVersion }),
    publishingTool({ statusUrl: publishStatusUrl }),
  ],
  schema: {
    types: schemaTypes,
    // No "create new" for singletons: they exist once, at their fixed ids.
    templates: (templates) => templates.filter(({ schemaType }) => !SINGLETON_TYPES.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) => {
      if (SINGLETON_TYPES.has(schemaType)) return actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action));
      // A changed slug leaves a redirect from the old address behind.
      if (ROUTED_TYPES.has(schemaType)) return actions.map((action) => (action.action === 'publish' ? withSlugRedirect(action) : action));
      return actions;
    },
    newDocumentOptions: (options) => options.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId)),
  },
});
