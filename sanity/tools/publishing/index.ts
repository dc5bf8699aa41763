// The "Publicering" tool as a Studio plugin. The worker's status address and token come from
// SANITY_STUDIO_PUBLISH_STATUS_URL and SANITY_STUDIO_PUBLISH_STATUS_TOKEN (see sanity/env.ts),
// inlined into the Studio when it is built.
import { PublishIcon } from '@sanity/icons/Publish';
import { definePlugin } from 'sanity';
import { PublishingTool, type PublishingToolOptions } from './PublishingTool';

export const publishingTool = definePlugin<PublishingToolOptions>((options) => ({
  name: 'stodlinjen-publishing',
  tools: [{ name: 'publicering', title: 'Publicering', icon: PublishIcon, component: PublishingTool, options }],
}));
