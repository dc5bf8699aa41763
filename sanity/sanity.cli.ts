import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env';

// Run the CLI from this folder (`cd sanity`): paths below are relative to it.
export default defineCliConfig({
  api: { projectId, dataset },
  // The Studio is served as built; no runtime code from Sanity's CDN.
  deployment: { autoUpdates: false },
  typegen: {
    path: '../src/**/*.{ts,astro}',
    schema: 'schema.json',
    generates: '../src/sanity.types.ts',
  },
});
