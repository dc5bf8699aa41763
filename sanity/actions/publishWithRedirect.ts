// Publishing an article, topic or page whose published slug changes also moves its old address:
// the default publish action, plus the redirect from the old address to the document (see
// planSlugChange in src/lib/redirects.ts for exactly what is written).
import { useClient, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { apiVersion } from '../env';
import { planSlugChange, type ExistingRedirect } from '../../src/lib/redirects';

/** Types whose address is built from their slug (src/lib/routes.ts). */
export const ROUTED_TYPES: ReadonlySet<string> = new Set(['article', 'topic', 'page']);

const slugOf = (doc: DocumentActionProps['draft']) => (doc?.slug as { current?: string } | undefined)?.current;

export function withSlugRedirect(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithRedirect: DocumentActionComponent = (props) => {
    const original = publish(props);
    const client = useClient({ apiVersion });
    if (!original) return original;
    return {
      ...original,
      onHandle: async () => {
        const oldSlug = slugOf(props.published);
        const newSlug = slugOf(props.draft ?? props.version);
        // Read before publishing: nothing to do (and nothing to wait for) when the slug stays.
        const existing =
          oldSlug && newSlug && oldSlug !== newSlug
            ? await client.withConfig({ perspective: 'raw' }).fetch<ExistingRedirect[]>('*[_type == "redirect"]{ _id, from }', {}, { tag: 'publish.slug-redirect' })
            : [];
        const plan = planSlugChange(props.id, props.type, oldSlug, newSlug, existing);
        original.onHandle?.();
        if (!plan) return;
        const transaction = client.transaction();
        if (plan.create) transaction.createIfNotExists(plan.create);
        for (const id of plan.retarget) {
          transaction.patch(id, (patch) => patch.set({ toDocument: plan.toDocument, permanent: true }).unset(['toPath']));
        }
        for (const id of plan.remove) transaction.delete(id);
        await transaction.commit({ tag: 'publish.slug-redirect' });
      },
    };
  };
  PublishWithRedirect.action = publish.action;
  PublishWithRedirect.displayName = 'PublishWithRedirect';
  return PublishWithRedirect;
}
