// What the accessibility checks look for inside a loaded page, beyond axe: each returns the
// problems it finds as sentences, so a failing test names the page, the mode and the element.
import type { Page } from '@playwright/test';
import { LOCALE_INFO, LOCALES, type Locale } from '../../src/i18n/locales';
import { uiTexts } from './a11y-support';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe's WCAG 2.2 AA violations in the page as it is now (axe is already in every document: site-page.ts). */
export async function axeProblems(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  }, WCAG_TAGS);
  return violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}  ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).join('\n')}`,
  );
}

/** Elements that animate, transition or scroll smoothly. */
export function movingParts(): string[] {
  const ms = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) : parseFloat(part) * 1000)));
  const found: string[] = [];
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
  for (const element of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      const animated = style.animationName !== 'none' && ms(style.animationDuration) > 0.01;
      const transitioned = style.transitionProperty !== 'none' && ms(style.transitionDuration) > 0.01;
      if (animated || transitioned) found.push(`${element.tagName.toLowerCase()}${pseudo ?? ''}.${[...element.classList].join('.')}`);
    }
  }
  return found;
}

/** Missing or repeated landmarks, unnamed regions and skipped heading levels. */
export function landmarkProblems(): string[] {
  const issues: string[] = [];
  const count = (selector: string) => document.querySelectorAll(selector).length;
  if (count('main') !== 1) issues.push(`${count('main')} main areas`);
  if (count('body > header') !== 1) issues.push(`${count('body > header')} site headers`);
  if (count('body > footer') !== 1) issues.push(`${count('body > footer')} site footers`);
  const labelOf = (element: Element) =>
    element.getAttribute('aria-label') ?? (element.getAttribute('aria-labelledby') ? document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent?.trim() : undefined);
  const names = [...document.querySelectorAll('nav, aside, section[aria-label], section[aria-labelledby], form[role="search"]')].map((landmark) => ({
    tag: landmark.tagName.toLowerCase(),
    name: labelOf(landmark),
  }));
  for (const { tag, name } of names) if (!name) issues.push(`a ${tag} without a name`);
  const navNames = names.filter((landmark) => landmark.tag === 'nav').map((landmark) => landmark.name);
  if (new Set(navNames).size !== navNames.length) issues.push(`navigation names repeat: ${navNames.join(', ')}`);
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.getClientRects().length > 0);
  const levels = headings.map((heading) => Number(heading.tagName[1]));
  if (levels[0] !== 1) issues.push(`the first heading is h${levels[0]}`);
  if (!document.querySelector('main')?.contains(headings[0] ?? null)) issues.push('the first heading is not in the main area');
  levels.forEach((level, index) => {
    if (index > 0 && level > levels[index - 1]! + 1) issues.push(`h${level} "${headings[index]!.textContent?.trim()}" follows h${levels[index - 1]}`);
  });
  return issues;
}

/** Buttons and the quick exit that lose their edge in forced colours. */
export function edgelessControls(): string[] {
  return [...document.querySelectorAll('[data-quick-exit], button')]
    .filter((control) => control.getClientRects().length > 0)
    .filter((control) => {
      const style = getComputedStyle(control);
      return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1 || style.borderTopColor === style.backgroundColor;
    })
    .map((control) => `${control.tagName.toLowerCase()} "${control.textContent?.trim()}" has no visible edge`);
}

/** The text-spacing override of WCAG 1.4.12, as a visitor's own style sheet sets it. */
export const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Text boxes that overlap each other or are cut off by an ancestor that hides overflow. */
export function textCollisions(): string[] {
  const lines: Array<{ rect: DOMRect; node: Text }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // Visually hidden text (screen-reader only, closed <details>) is not on screen to collide.
  const hiddenOnPurpose = (element: Element) => {
    if (!element.checkVisibility({ visibilityProperty: true })) return true;
    for (let el: Element | null = element; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.getPropertyValue('clip') !== 'auto' || style.clipPath !== 'none') return true;
    }
    return false;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || !node.parentElement || hiddenOnPurpose(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, node });
  }
  const describe = (node: Text) => `"${node.data.trim().slice(0, 40)}" (${node.parentElement!.tagName.toLowerCase()})`;
  const problems: string[] = [];
  const TOLERANCE = 2;
  for (let i = 0; i < lines.length; i += 1) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length; j += 1) {
      const b = lines[j]!;
      if (a.node === b.node) continue;
      const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (overlapX > TOLERANCE && overlapY > TOLERANCE) problems.push(`${describe(a.node)} overlaps ${describe(b.node)}`);
    }
    for (let el = a.node.parentElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (!/hidden|clip/.test(style.overflowX + style.overflowY)) continue;
      const box = el.getBoundingClientRect();
      if (a.rect.left < box.left - 1 || a.rect.right > box.right + 1 || a.rect.top < box.top - 1 || a.rect.bottom > box.bottom + 1) {
        problems.push(`${describe(a.node)} is cut off by its ${el.tagName.toLowerCase()}`);
        break;
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Focuses every focusable element of the page, first to last and back again, and reports any
 * without a visible focus indicator, outside the screen, or hidden under other content (such as
 * the sticky quick exit button).
 */
export async function focusProblems(page: Page): Promise<string[]> {
  // One real key press first: browsers show focus rings for keyboard users.
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const problems = new Set<string>();
    const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])')].filter(
      // Not what a closed <details> or an inert part holds: nobody can reach it until it opens.
      (element) => !element.closest('[inert]') && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }),
    );
    const name = (element: HTMLElement) =>
      `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)}"`;
    for (const element of [...focusables, ...[...focusables].reverse()]) {
      element.focus();
      if (document.activeElement !== element) {
        problems.add(`${name(element)} cannot take focus`);
        continue;
      }
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      if (!ring || !element.matches(':focus-visible')) problems.add(`${name(element)} shows no focus indicator`);
      const box = element.getClientRects()[0]!;
      if (box.width <= 1 || box.height <= 1 || box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) {
        problems.add(`${name(element)} is not on screen when focused`);
        continue;
      }
      const points: Array<[number, number]> = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 2, box.top + 2],
        [box.right - 2, box.bottom - 2],
      ];
      const seen = points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !hit || element.contains(hit) || hit.contains(element) || (element as HTMLInputElement).labels?.[0]?.contains(hit);
      });
      if (!seen) problems.add(`${name(element)} is hidden under ${document.elementFromPoint(points[0]![0], points[0]![1])?.tagName.toLowerCase()} when focused`);
    }
    return [...problems];
  });
}

// What a page in English or Arabic must not show: the Swedish interface strings, other than those
// the page's own catalog shares (a name, a number) and the languages' names.
export function swedishOnly(locale: Locale): string[] {
  const shared = new Set(Object.values(uiTexts(locale).texts));
  const names = new Set(LOCALES.map((l) => LOCALE_INFO[l].name));
  return Object.values(uiTexts('sv').texts).filter((text) => !shared.has(text) && !names.has(text) && text.replace(/\{\w+\}/g, '').trim().length >= 3);
}

export async function swedishOn(page: Page, patterns: string[]): Promise<string[]> {
  return page.evaluate((sources) => {
    const matchers = sources.map((source) => new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`));
    const lang = document.documentElement.lang;
    const found = new Set<string>();
    const check = (text: string | null | undefined) => {
      const clean = text?.replace(/\s+/g, ' ').trim();
      if (clean && matchers.some((matcher) => matcher.test(clean))) found.add(clean);
    };
    // Text marked as another language on purpose (a language's name in the switcher) is not the interface.
    const inOtherLanguage = (element: Element | null) => !!element?.closest(`[lang]:not([lang="${lang}"])`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!inOtherLanguage(node.parentElement)) check(node.textContent);
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (inOtherLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) check(element.getAttribute(name));
    }
    check(document.title.split(' | ')[0]);
    return [...found];
  }, patterns);
}
