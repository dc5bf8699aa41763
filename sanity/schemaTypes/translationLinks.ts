// The links between translations (translation.metadata, made by @sanity/document-internationalization)
// check that each linked document has the language it is linked as. The plugin's own check asks the
// Content Lake and fails with "fetch failed" under `sanity documents validate --file` offline, so it is
// replaced by the same check that is skipped offline (the dataset lint checks the links over the file).
import type { Rule, SchemaTypeDefinition } from 'sanity';
import { apiVersion } from '../env';
import { isContentLanguage, LANGUAGE_NAMES_SV } from '../lib/languages';
import { offline } from './shared';

/** The array type the plugin registers for translation.metadata's `translations` field. */
const LINKS_TYPE = 'internationalizedArrayReference';

type Link = { language?: string; value?: { _ref?: string } };

const linkRule = (rule: Rule) =>
  rule.custom<Link>(async (link, context) => {
    const ref = link?.value?._ref;
    if (!ref || !link?.language || offline(context)) return true;
    const language = await context.getClient({ apiVersion }).fetch<string | null>('*[_id in [$ref, "drafts." + $ref]][0].language', { ref }, { tag: 'validation.translation-link' });
    if (language === link.language) return true;
    const named = (code: string | null | undefined) => (isContentLanguage(code) ? LANGUAGE_NAMES_SV[code] : JSON.stringify(code));
    return `${ref} är länkad som ${named(link.language)} men har språket ${named(language)}.`;
  });

export function withOfflineTranslationLinks(types: SchemaTypeDefinition[]): SchemaTypeDefinition[] {
  return types.map((type) => {
    if (type.name !== LINKS_TYPE || !('of' in type) || !Array.isArray(type.of)) return type;
    return { ...type, of: type.of.map((member) => ({ ...member, validation: linkRule })) } as SchemaTypeDefinition;
  });
}
