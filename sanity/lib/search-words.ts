// Rules for the words editors give site search (siteSettings.searchSynonyms). Plain functions with
// no Studio imports: used by the schema's validation and tested on their own.

/** Why a search word cannot match what people type, or undefined when it can. */
export function searchWordProblem(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.trim()) return 'Skriv ett ord.';
  const words = value.trim().split(/\s+/);
  if (words.length > 3 || !words.every((word) => /^[\p{L}\p{N}-]+$/u.test(word))) return `”${value}” ska vara ett till tre ord, utan skiljetecken.`;
  return undefined;
}

/** The first term that has two entries (its everyday words belong in one), or undefined. */
export function repeatedTermProblem(entries: ReadonlyArray<{ term?: string }> | undefined): string | undefined {
  const seen = new Set<string>();
  for (const entry of entries ?? []) {
    const term = entry.term?.trim().toLowerCase();
    if (!term) continue;
    if (seen.has(term)) return `”${entry.term}” står två gånger. Samla alla vardagsord för det i en rad.`;
    seen.add(term);
  }
  return undefined;
}
