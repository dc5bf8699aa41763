// The review line's sentence ("Reviewed by {name}, {title}") in the page's words, cut at its
// placeholders, so the page can isolate the name and mark the title with its own language.
import type { Reviewer, TextIn } from '../../data/content';
import type { Ui } from '../../i18n';

export type ReviewerPart = { text: string } | { name: string } | { title: TextIn };

const CUT = '\u0000';

/** The parts of the reviewer sentence in the catalog's order; empty without a name. */
export function reviewerParts(ui: Pick<Ui, 't'>, reviewer: Reviewer | null | undefined): ReviewerPart[] {
  const name = reviewer?.name?.trim();
  if (!name) return [];
  const title = reviewer?.professionalTitle;
  // Without a title the line is just the name (the catalog's separator is left out).
  const sentence = title ? ui.t('article.reviewedBy', { name: `${CUT}name${CUT}`, title: `${CUT}title${CUT}` }) : ui.t('article.reviewedByName', { name: `${CUT}name${CUT}` });
  return sentence.split(CUT).flatMap((piece, index): ReviewerPart[] => {
    if (index % 2 === 0) return piece ? [{ text: piece }] : [];
    return piece === 'name' ? [{ name }] : title ? [{ title }] : [];
  });
}
