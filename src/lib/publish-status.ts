// The publish worker's status, GET /status (src/publish/status.ts writes it, the Studio's
// "Publicering" tool reads it): one schema, and the types both sides use inferred from it. The
// Studio checks what arrives against it, as a worker of another version, a proxy's error page or
// a truncated answer may answer; each wrong field is named to the editor in Swedish, with what it
// should be and what came. Unknown extra fields are ignored, so a newer worker still shows.
import { z } from 'astro/zod';
import { must, parseWithFriendlyErrors, type Parsed, type Problem } from './friendly-errors.ts';

// What each field must be is said in the words the Studio shows.

const text = z.string(must('en text'));
const NON_EMPTY = 'en text som inte är tom';
const nonEmptyText = z.string(must(NON_EMPTY)).refine((value) => value.trim() !== '', must(NON_EMPTY));
const COUNT = 'ett heltal ≥ 0';
const count = z.int(must(COUNT)).min(0, must(COUNT));
// As the worker writes them (Date#toISOString), or with an offset.
const dateTime = z.iso.datetime({ offset: true, ...must('en tidpunkt (ISO 8601)') });
const date = z.iso.date(must('ett datum (ÅÅÅÅ-MM-DD)'));
const list = <T extends z.ZodType>(item: T) => z.array(item, must('en lista'));
const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, must('ett objekt'));

/** A field of a document that a warning or a failure is about. */
export const documentRefSchema = object({ documentId: nonEmptyText, field: text });
export const buildWarningSchema = object({ documentId: nonEmptyText, field: text, message: nonEmptyText });

export const publishStatusSchema = object({
  state: z.enum(['idle', 'building'], must('"idle" eller "building"')),
  pending: z.boolean(must('true eller false')),
  lastSuccess: object({ startedAt: dateTime, finishedAt: dateTime, durationMs: count, pageCount: count }).nullable(),
  warnings: list(buildWarningSchema),
  lastFailure: object({ at: dateTime, reason: nonEmptyText, documents: list(documentRefSchema) }).nullable(),
  overdueReviews: list(object({ documentId: nonEmptyText, title: text, nextReview: date })),
});

export type PublishStatus = z.infer<typeof publishStatusSchema>;
export type DocumentRef = z.infer<typeof documentRefSchema>;
export type BuildWarning = z.infer<typeof buildWarningSchema>;
export type LastSuccess = NonNullable<PublishStatus['lastSuccess']>;
export type LastFailure = NonNullable<PublishStatus['lastFailure']>;
export type OverdueReview = PublishStatus['overdueReviews'][number];

/** A value as the editor sees it in a problem: JSON, shortened. */
const shown = (value: unknown): string => {
  const json = JSON.stringify(value);
  return json === undefined ? 'inget värde' : json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

/** "lastSuccess.startedAt: ska vara en tidpunkt (ISO 8601), fick "yesterday"". */
const inSwedish = ({ name, expected, input }: Problem) => `${name || 'status'}: ska vara ${expected}, fick ${shown(input)}`;

/** The worker's status JSON, checked: the status, or every wrong field named in Swedish. */
export const parsePublishStatus = (json: unknown): Parsed<PublishStatus> => parseWithFriendlyErrors(publishStatusSchema, json, inSwedish);
