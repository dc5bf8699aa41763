// Where each language's built-in crisis terms are served: one file per language next to the search
// vocabulary (written by src/integrations/search-vocabulary.ts).
export const crisisFloorFile = (language: string) => `crisis-floor-${language}.json`;

/** The address of one language's file. */
export const crisisFloorUrl = (language: string) => `${import.meta.env.BASE_URL}pagefind/vocabulary/${crisisFloorFile(language)}`;

/** The terms in a language's file as fetched; a failed load rejects (it is tried again by the next query that needs it). */
export async function crisisFloorOf(fetched: Promise<Response>): Promise<string[]> {
  const response = await fetched;
  if (!response.ok) throw new Error(`The crisis terms could not be read (${response.status})`);
  return (await response.json()) as string[];
}
