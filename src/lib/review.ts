// When an article's review is overdue: one rule for the build's warnings, the publish status, the
// Studio's validation and its "Granskning försenad" list. ISO dates compare as strings; a review
// due today is not yet overdue. `today` is the line's own date (todayIn, src/lib/today.ts).
export const isOverdue = (nextReview: string | null | undefined, today: string): nextReview is string => !!nextReview && nextReview < today;

/** The same rule as a GROQ filter, with `$today` from todayIn. */
export const OVERDUE_REVIEW_FILTER = 'nextReview < $today';
