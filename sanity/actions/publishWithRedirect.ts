// Publishing an article, topic or page whose published slug changes also moves its old address:
// the default publish action, plus the redirect from the old address to the document (see
// planSlugChange in src/lib/redirects.ts for exactly what is written).
import { useClient, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { useToast } from '@sanity/ui/toast';
import { apiVersion } from '../env';
import { hrefFor } from '../../src/lib/routes';
import { planSlugChange, type ExistingRedirect } from '../../src/lib/redirects';

/** Types whose address is built from their slug (src/lib/routes.ts). */
export const ROUTED_TYPES: ReadonlySet<string> = new Set(['article', 'topic', 'page']);

const slugOf = (doc: DocumentActionProps['draft']) => (doc?.slug as { current?: string } | undefined)?.current;

export function withSlugRedirect(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithRedirect: DocumentActionComponent = (props) => {
    const original = publish(props);
    const client = useClient({ apiVersion });
    const toast = useToast();
    if (!original) return original;
    return {
      ...original,
      onHandle: async () => {
        // Read before publishing: the draft is gone afterwards.
        const { id, type } = props;
        const oldSlug = slugOf(props.published);
        const newSlug = slugOf(props.draft ?? props.version);
        original.onHandle?.();
        if (!oldSlug || !newSlug || oldSlug === newSlug) return;
        try {
          const raw = client.withConfig({ perspective: 'raw' });
          const existing = await raw.fetch<ExistingRedirect[]>('*[_type == "redirect"]{ _id, from }', {}, { tag: 'publish.slug-redirect' });
          const plan = planSlugChange(id, type, oldSlug, newSlug, existing);
          if (!plan) return;
          const transaction = raw.transaction();
          if (plan.create) transaction.createIfNotExists(plan.create);
          for (const redirectId of plan.retarget) transaction.patch(redirectId, (patch) => patch.set({ toDocument: plan.toDocument, permanent: true }).unset(['toPath']));
          for (const redirectId of plan.remove) transaction.delete(redirectId);
          await transaction.commit({ tag: 'publish.slug-redirect' });
          toast.push({ status: 'success', title: `Den gamla adressen ${hrefFor({ _type: type, slug: oldSlug })} leder nu hit.` });
        } catch (error) {
          toast.push({
            status: 'error',
            duration: 30_000,
            title: 'Den gamla adressen kunde inte flyttas',
            description: `Skapa en omdirigering från ${hrefFor({ _type: type, slug: oldSlug })} till dokumentet under ”Omdirigeringar”. (${error instanceof Error ? error.message : String(error)})`,
          });
        }
      },
    };
  };
  PublishWithRedirect.action = publish.action;
  PublishWithRedirect.displayName = 'PublishWithRedirect';
  return PublishWithRedirect;
}
