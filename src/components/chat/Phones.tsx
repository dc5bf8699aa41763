// The panel's texts with their numbers marked by the site's one rule (src/lib/phone.ts), as the
// server-rendered pages mark them (the same markup, from NUMBER_MARKUP).
import { NUMBER_MARKUP, phoneSegments } from '../../lib/phone';

const numberProps = { dir: NUMBER_MARKUP.dir, className: NUMBER_MARKUP.class };

/**
 * A text with each number isolated left to right on one line, so "90 390" does not read "390 90"
 * on a right-to-left page, and phone numbers linked unless `link` is false (the text sits in a
 * link or a button, beside the contact's own link, or is not the site's own words).
 */
export function Phones({ text, known, link = true }: { text: string; known: readonly (string | undefined)[]; link?: boolean }) {
  return (
    <>
      {phoneSegments(text, known).map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : segment.kind === 'phone' && link ? (
          <a key={index} href={segment.href} {...numberProps}>
            {segment.text}
          </a>
        ) : (
          <bdi key={index} {...numberProps}>
            {segment.text}
          </bdi>
        ),
      )}
    </>
  );
}
