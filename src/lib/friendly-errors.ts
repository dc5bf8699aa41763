// Zod issues as sentences a person can act on, each naming the field (or environment variable) it
// is about, after Starlight's utils/error-map.ts. A schema says what each field must be in its own
// `error` text ("a whole number of milliseconds", "ett datum (ÅÅÅÅ-MM-DD)"); the reader of the
// data (the Studio in Swedish, the publish worker in English) frames it in a sentence with the
// field's path and the value that came. A rule across fields writes its whole sentence itself.
// Pure: no Node or Astro runtime, so the Studio bundles it too.
import { z } from 'astro/zod';

/** One problem in the data: the field's path as people write it (`warnings[1].field`), what the schema expects there, and what came. */
export type Problem = { path: readonly PropertyKey[]; name: string; expected: string; input: unknown };

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/** `error` params saying what a field must be (the schema's message for every way it can be wrong), framed by the reader. */
export const must = (expected: string) => ({ error: expected });

/** `error` params for a check whose message is a whole sentence: it is shown as it is, not framed. */
export const sentence = (text: string) => ({ error: text, params: { sentence: true } });

/** `['warnings', 1, 'field']` → `warnings[1].field`. */
export const pathName = (path: readonly PropertyKey[]): string => path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');

/** Every issue of `error` as one sentence: a whole-sentence check's own, the others framed by `frame`. */
export function friendlyErrors(error: z.ZodError, frame: (problem: Problem) => string): string[] {
  return error.issues.map((issue) =>
    issue.code === 'custom' && issue.params?.sentence ? issue.message : frame({ path: issue.path, name: pathName(issue.path), expected: issue.message, input: issue.input }),
  );
}

/** Checks `input` against `schema`: the parsed data, or every problem as a sentence (never just the first). */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, frame: (problem: Problem) => string): Parsed<z.output<S>> {
  // reportInput: the sentences quote the value that came.
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: friendlyErrors(result.error, frame) };
}
