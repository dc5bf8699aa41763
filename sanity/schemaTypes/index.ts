import { article } from './documents/article';
import { contactSettings } from './documents/contactSettings';
import { page } from './documents/page';
import { person } from './documents/person';
import { redirect } from './documents/redirect';
import { safetyPlan } from './documents/safetyPlan';
import { siteSettings } from './documents/siteSettings';
import { topic } from './documents/topic';
import { accessibilityStatus } from './objects/accessibilityStatus';
import { counsellingLanguage } from './objects/counsellingLanguage';
import { searchSynonym, searchSynonyms } from './objects/searchSynonyms';
import { searchTerms } from './objects/searchTerms';
import { safetyPlanStep } from './objects/safetyPlanStep';
import { body } from './objects/body';
import { callout } from './objects/callout';
import { exerciseStep } from './objects/exerciseStep';
import { exerciseSteps } from './objects/exerciseSteps';
import { faqItem } from './objects/faqItem';
import { figure } from './objects/figure';
import { helpBox } from './objects/helpBox';
import { helpContact } from './objects/helpContact';
import { internalLink } from './objects/internalLink';
import { link } from './objects/link';
import { openingHoursDay } from './objects/openingHoursDay';
import { openingHoursException } from './objects/openingHoursException';

/** Singletons live at fixed document ids equal to their type names. */
export const SINGLETON_TYPES = new Set<string>([siteSettings.name, contactSettings.name]);

export const schemaTypes = [
  article,
  topic,
  page,
  person,
  redirect,
  safetyPlan,
  siteSettings,
  contactSettings,
  body,
  callout,
  helpBox,
  helpContact,
  exerciseSteps,
  exerciseStep,
  faqItem,
  figure,
  link,
  internalLink,
  openingHoursDay,
  openingHoursException,
  accessibilityStatus,
  counsellingLanguage,
  searchTerms,
  searchSynonym,
  searchSynonyms,
  safetyPlanStep,
];
