// Query results typed by TypeGen describe the schema, not what a careless import stored: a title
// can arrive as an object, a list as a string, a date as "snart". These read one field each,
// keep a value of the expected kind and otherwise report the document and field and give the
// field's empty value, so nothing of the wrong kind reaches a page.
import { isCalendarDate } from '../lib/opening-hours-rules';
import type { ContentReport } from './report';

export type FieldReader = {
  /** Text, trimmed at neither end (pages decide); anything but a string is reported and read as absent. */
  text(value: unknown, field: string): string | null;
  /** A date as YYYY-MM-DD that exists. */
  date(value: unknown, field: string): string | null;
  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | null;
  /** A list; `null` and absent read as empty without a report unless `required`. */
  list(value: unknown, field: string, options?: { required?: boolean }): unknown[];
  /** A list of texts, the items of another kind reported and left out. */
  texts(value: unknown, field: string): string[];
  object(value: unknown, field: string): Record<string, unknown> | null;
};

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** Field readers for one document; reports go to `report` under `docId`. */
export function fieldsOf(docId: string, report: ContentReport): FieldReader {
  const wrong = (field: string, value: unknown, expected: string) => report.warn(docId, field, `is ${kindOf(value)}, not ${expected}; left out`);
  const reader: FieldReader = {
    text(value, field) {
      if (value == null) return null;
      if (typeof value === 'string') return value;
      wrong(field, value, 'text');
      return null;
    },
    date(value, field) {
      if (value == null) return null;
      if (isCalendarDate(value)) return value;
      if (typeof value === 'string') report.warn(docId, field, `"${value}" is not a date (YYYY-MM-DD); left out`);
      else wrong(field, value, 'a date');
      return null;
    },
    oneOf(value, field, allowed) {
      if (value == null) return null;
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as (typeof allowed)[number];
      report.warn(docId, field, `${typeof value === 'string' ? `"${value}"` : `is ${kindOf(value)} and`} is not one of ${allowed.join(', ')}; left out`);
      return null;
    },
    list(value, field, { required = false } = {}) {
      if (Array.isArray(value)) return value;
      if (value != null) report.warn(docId, field, `is ${kindOf(value)}, not a list; left out`);
      else if (required) report.warn(docId, field, 'is missing or not a list; left out');
      return [];
    },
    texts(value, field) {
      return reader.list(value, field).flatMap((item, index) => {
        if (typeof item === 'string') return item.trim() ? [item] : [];
        wrong(`${field}[${index}]`, item, 'text');
        return [];
      });
    },
    object(value, field) {
      if (value == null) return null;
      if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      wrong(field, value, 'an object');
      return null;
    },
  };
  return reader;
}
