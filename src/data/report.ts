// Problems found in content. A warning names the document and field and the site builds on
// without the broken part; an error (like two documents claiming one URL) stops the build.
import { buildScope } from './build-scope';

export type ContentWarning = { docId: string; field: string; message: string };

export type ContentReport = {
  warn(docId: string, field: string, message: string): void;
};

/** A document and field an error is about, so the publish status can name them. */
export type ContentDocumentRef = { documentId: string; field: string };

export class ContentError extends Error {
  readonly documents: ContentDocumentRef[];
  constructor(message: string, documents: ContentDocumentRef[] = []) {
    super(message);
    this.name = 'ContentError';
    this.documents = documents;
  }
}

/** Reports to the build log, once per distinct problem, and to the build report when one is written. */
export function consoleReport(log: (line: string) => void = (line) => console.warn(line)): ContentReport {
  const seen = new Set<string>();
  return {
    warn(docId, field, message) {
      buildScope().report?.warning({ documentId: docId, field, message });
      const line = `[content] ${docId}: ${field} ${message}`;
      if (seen.has(line)) return;
      seen.add(line);
      log(line);
    },
  };
}

/** Collects warnings, for tests. */
export function collectingReport(): ContentReport & { warnings: ContentWarning[] } {
  const warnings: ContentWarning[] = [];
  return { warnings, warn: (docId, field, message) => warnings.push({ docId, field, message }) };
}
