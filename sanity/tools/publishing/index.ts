// The "Publicering" tool as a Studio plugin. The worker's status address comes from
// SANITY_STUDIO_PUBLISH_STATUS_URL (see sanity/env.ts), inlined into the Studio when it is built.
import { PublishIcon } from '@sanity/icons/Publish';
import { definePlugin } from 'sanity';
import { PublishingTool, type PublishingToolOptions } from './PublishingTool';

export const publishingTool = definePlugin<PublishingToolOptions>(({ statusUrl }) => ({
  name: 'stodlinjen-publishing',
  tools: [{ name: 'publicering', title: 'Publicering', icon: PublishIcon, component: PublishingTool, options: { statusUrl } }],
}));
