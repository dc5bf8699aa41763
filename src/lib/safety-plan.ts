// The crisis plan ("Min krisplan"): the steps of the Stanley–Brown safety plan, in the order the
// page, the printout, the saved files and the Studio show them. One list for the schema, the data
// layer, the page and the browser's code (no imports, so the browser can use it too).

export const SAFETY_PLAN_STEPS = [
  /** What tells me a crisis may be coming. */
  'warningSigns',
  /** What I can do on my own to get through a difficult moment. */
  'copingAlone',
  /** People and places that take my mind off it. */
  'distractions',
  /** People I can ask for help. */
  'askForHelp',
  /** Professionals and services: pre-filled with the line and the help contacts. */
  'professionals',
  /** Making my surroundings safer: distance, and asking someone for help, never methods. */
  'saferSurroundings',
  /** What makes life worth living for me. */
  'reasons',
] as const;

export type SafetyPlanStepId = (typeof SAFETY_PLAN_STEPS)[number];

export const isSafetyPlanStep = (value: unknown): value is SafetyPlanStepId => typeof value === 'string' && (SAFETY_PLAN_STEPS as readonly string[]).includes(value);

/** The step the page fills with the ways to get help now (help-contacts.ts), so they are never typed again. */
export const PREFILLED_STEP: SafetyPlanStepId = 'professionals';
