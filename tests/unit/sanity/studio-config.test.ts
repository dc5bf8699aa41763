// The Studio's configuration as the Studio resolves it: the plugins' types, the templates editors
// can create documents from, and the settings fields kept per language.
import { defaultTemplatesForSchema, flattenConfig, prepareConfig, type Template } from 'sanity';
import { describe, expect, it } from 'vitest';
import config from '../../../sanity/sanity.config';

type Field = { name: string; type: { name: string; jsonType?: string; of?: Array<{ name: string }> } };
type Prepared = { schema: { get(name: string): { fields?: Field[] } | undefined; getTypeNames(): string[] } };

const { workspaces } = prepareConfig(config);
const { schema } = (workspaces[0] as unknown as { __internal: { sources: Prepared[] } }).__internal.sources[0]!;
const fieldType = (type: string, field: string) => schema.get(type)?.fields?.find((f) => f.name === field)?.type.name;

// Templates as Sanity composes them: the schema's defaults, then each plugin's and the root config's in order.
let templates = defaultTemplatesForSchema(schema as never) as Template[];
for (const { config: layer } of flattenConfig(config, [])) {
  const own = layer.schema?.templates;
  templates = typeof own === 'function' ? (own as (prev: Template[], context: unknown) => Template[])(templates, { schema }) : [...templates, ...(own ?? [])];
}
const newDocumentOptions = config.document?.newDocumentOptions as (options: Array<{ templateId: string }>, context: unknown) => Array<{ templateId: string }>;

describe('the Studio configuration', () => {
  it('registers the translation links and the settings types kept per language', () => {
    expect(schema.getTypeNames()).toEqual(
      expect.arrayContaining([
        'translation.metadata',
        'internationalizedArrayReference',
        'internationalizedArrayString',
        'internationalizedArrayText',
        'internationalizedArraySearchTerms',
        'internationalizedArraySearchSynonyms',
      ]),
    );
    for (const field of ['tagline']) expect(fieldType('siteSettings', field)).toBe('internationalizedArrayString');
    expect(fieldType('siteSettings', 'description')).toBe('internationalizedArrayText');
    expect(fieldType('siteSettings', 'crisisSearchTerms')).toBe('internationalizedArraySearchTerms');
    expect(fieldType('siteSettings', 'searchSynonyms')).toBe('internationalizedArraySearchSynonyms');
    for (const field of ['statusOpenText', 'statusBusyText', 'statusClosedText', 'statusUnavailableText']) expect(fieldType('contactSettings', field)).toBe('internationalizedArrayString');
    expect(fieldType('contactSettings', 'counsellingNote')).toBe('internationalizedArrayText');
    expect(fieldType('openingHoursException', 'note')).toBe('internationalizedArrayString');
    // Numbers and addresses stay one field for every language.
    expect(fieldType('contactSettings', 'phoneNumber')).toBe('string');
    expect(fieldType('siteSettings', 'quickExitUrl')).toBe('url');
  });

  it('gives articles, topics, pages and the crisis plan a language field', () => {
    for (const type of ['article', 'topic', 'page', 'safetyPlan']) expect(fieldType(type, 'language')).toBe('string');
  });

  it('lets an editor create an article, topic, page or crisis plan only in one of the four languages, and never a second settings document', () => {
    const ids = templates.map(({ id }) => id);
    for (const type of ['article', 'topic', 'page', 'safetyPlan']) {
      expect(ids.filter((id) => id.startsWith(`${type}`) && !id.startsWith(`${type}s`)).sort()).toEqual([`${type}-ar`, `${type}-en`, `${type}-sv`, `${type}-sv-lattlast`]);
      const english = templates.find(({ id }) => id === `${type}-en`)!;
      expect(typeof english.value === 'function' ? null : english.value).toEqual({ language: 'en' });
    }
    expect(ids).not.toContain('siteSettings');
    expect(ids).not.toContain('contactSettings');
    expect(ids).toContain('person');
    const offered = newDocumentOptions(
      ids.map((templateId) => ({ templateId })),
      {},
    ).map(({ templateId }) => templateId);
    expect(offered).not.toContain('article');
    expect(offered).toContain('article-sv');
  });
});
