// WCAG 2.2 AA on every built page, not a sample: axe in both colour schemes at phone and desktop
// widths, plus what axe cannot see (reflow, text spacing, motion, forced colours, focus, landmarks,
// headings, print). Each test loops over its pages in one browser page to stay fast; groups of
// pages run as separate tests so both workers share the load. A test that carries
// `statementCheck(...)` proves a check the accessibility statement lists; a full green run records
// that for the build it tested (tests/support/a11y-last-pass-reporter.ts, tests/run-all.mjs).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allPages, expectFocused, pageGroups, quickExit, settings, statementCheck, uiAt } from './a11y-support';

// Each test walks many pages in one browser page.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 320, height: 568 };
const DESKTOP = { width: 1280, height: 800 };
const GROUPS = 2;

const AXE_CHECK = statementCheck('axe');

for (const scheme of ['light', 'dark'] as const) {
  for (const size of [PHONE, DESKTOP]) {
    pageGroups(GROUPS).forEach((pages, group) => {
      test(`axe finds no WCAG 2.2 AA problem in ${scheme} mode at ${size.width} px (pages ${group + 1} of ${GROUPS})`, AXE_CHECK, async ({ page }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        const problems: string[] = [];
        for (const path of pages) {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] }).analyze();
          for (const violation of violations) {
            problems.push(`${path} ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}  ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).join('\n')}`);
          }
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    });
  }
}

test(
  'at 320 px every page fits the screen without sideways scrolling and shows the phone number, the chat and 112 without scrolling',
  statementCheck('reflow'),
  async ({ page }) => {
    await page.setViewportSize(PHONE);
    const problems: string[] = [];
    for (const path of allPages()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path}: ${overflow} px wider than the screen`);
      const help = page.getByRole('complementary', { name: uiAt(path).t('help.contactsHeading') });
      for (const link of [help.locator('a[href^="tel:"]').first(), help.locator('[data-chat-entry]'), help.locator('a[href="tel:112"]')]) {
        const box = await link.boundingBox();
        if (!box || box.y < 0 || box.y + box.height > PHONE.height) problems.push(`${path}: ${await link.textContent()} is not on the first screen`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  },
);

/** Text boxes that overlap each other or are cut off by an ancestor that hides overflow. */
function textCollisions(): string[] {
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

test.describe('with the text spacing of WCAG 1.4.12', () => {
  // The override is the user's own style sheet (a bookmarklet or extension), which a page's
  // Content-Security-Policy does not apply to.
  test.use({ bypassCSP: true });

  pageGroups(GROUPS).forEach((pages, group) => {
    test(
      `no text is cut off or overlaps other text at 320 px (pages ${group + 1} of ${GROUPS})`,
      statementCheck('textSpacing'),
      async ({ page }) => {
        await page.setViewportSize(PHONE);
        const problems: string[] = [];
        for (const path of pages) {
          await page.goto(path);
          await page.addStyleTag({
            content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
          });
          problems.push(...(await page.evaluate(textCollisions)).map((problem) => `${path}: ${problem}`));
        }
        expect(problems, problems.join('\n')).toEqual([]);
      },
    );
  });
});

test(
  'with reduced motion asked for, nothing on any page animates, transitions or scrolls smoothly',
  statementCheck('reducedMotion'),
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const path of allPages()) {
      await page.goto(path);
      const moving = await page.evaluate(() => {
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
      });
      problems.push(...moving.map((what) => `${path}: ${what}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  },
);

/**
 * Focuses every focusable element of the page, first to last and back again, and reports any
 * without a visible focus indicator, outside the screen, or hidden under other content (such as
 * the sticky quick exit button).
 */
async function focusProblems(page: Page): Promise<string[]> {
  // One real key press first: browsers show focus rings for keyboard users.
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const problems = new Set<string>();
    const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])')].filter(
      (element) => !element.closest('[inert]') && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
    );
    const name = (element: HTMLElement) => `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)}"`;
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

for (const size of [PHONE, DESKTOP]) {
  test(
    `every link, button and field on every page shows a visible focus ring and is never hidden when focused, at ${size.width} px`,
    statementCheck('focusVisible'),
    async ({ page }) => {
      await page.setViewportSize(size);
      const problems: string[] = [];
      for (const path of allPages()) {
        await page.goto(path);
        problems.push(...(await focusProblems(page)).map((problem) => `${path}: ${problem}`));
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );
}

test(
  'in forced-colours mode (Windows contrast themes) focus rings stay visible and the quick exit still looks like a button',
  statementCheck('forcedColours'),
  async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const problems: string[] = [];
    for (const path of allPages()) {
      await page.goto(path);
      problems.push(...(await focusProblems(page)).map((problem) => `${path}: ${problem}`));
      const edges = await page.locator('[data-quick-exit], button').evaluateAll((controls) =>
        controls
          .filter((control) => control.getClientRects().length > 0)
          .filter((control) => {
            const style = getComputedStyle(control);
            return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1 || style.borderTopColor === style.backgroundColor;
          })
          .map((control) => `${control.tagName.toLowerCase()} "${control.textContent?.trim()}" has no visible edge`),
      );
      problems.push(...edges.map((problem) => `${path}: ${problem}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  },
);

test(
  'on every page Tab reaches the quick exit first and the skip link second, and the skip link moves focus to the main content',
  statementCheck('quickExitFirst'),
  async ({ page }) => {
    for (const path of allPages()) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      await expect(quickExit(page), path).toBeFocused();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: uiAt(path).t('site.skipLink') });
      await expect(skip, path).toBeFocused();
      await expect(skip, path).toBeInViewport();
      await page.keyboard.press('Enter');
      await expectFocused(page.getByRole('main'), `${path}: the skip link moves focus to the main content`);
      await page.keyboard.press('Tab');
      const afterMain = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const focused = document.activeElement!;
        return main.contains(focused) || !!(main.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(afterMain, `${path}: Tab after the skip link continues in the content`).toBe(true);
    }
  },
);

test(
  'every page has one main area, one site header and footer, named navigation, and headings from h1 down without skipped levels',
  statementCheck('landmarks'),
  async ({ page }) => {
    const problems: string[] = [];
    for (const path of allPages()) {
      await page.goto(path);
      const found = await page.evaluate(() => {
        const issues: string[] = [];
        const count = (selector: string) => document.querySelectorAll(selector).length;
        if (count('main') !== 1) issues.push(`${count('main')} main areas`);
        if (count('body > header') !== 1) issues.push(`${count('body > header')} site headers`);
        if (count('body > footer') !== 1) issues.push(`${count('body > footer')} site footers`);
        const labelOf = (element: Element) =>
          element.getAttribute('aria-label') ?? (element.getAttribute('aria-labelledby') ? document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent?.trim() : undefined);
        const names = [...document.querySelectorAll('nav, aside, section[aria-label], section[aria-labelledby], form[role="search"]')].map((landmark) => ({ tag: landmark.tagName.toLowerCase(), name: labelOf(landmark) }));
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
      });
      problems.push(...found.map((problem) => `${path}: ${problem}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  },
);

test(
  'an article prints with its title, text, page address and help contacts, without menus, and in dark ink even in dark mode',
  statementCheck('print'),
  async ({ page }) => {
    const { contact } = await settings();
    await page.goto('/artiklar/att-prata-med-nagon-som-mar-daligt/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main .body-text p').first()).toBeVisible();
    await expect(page.getByText(/^Sidans adress: https?:\/\/.+\/artiklar\/att-prata-med-nagon-som-mar-daligt\/$/)).toBeVisible();
    await expect(page.getByText(`Ring Stödlinjen på ${contact.phoneNumber}`).last()).toBeVisible();
    await expect(page.getByText(/Vid akut fara: ring 112/).last()).toBeVisible();
    for (const chrome of [quickExit(page), page.getByRole('navigation', { name: 'Huvudmeny' }), page.getByRole('navigation', { name: 'Du är här' }), page.getByRole('search'), page.getByRole('complementary', { name: 'Prata med någon nu' })]) {
      await expect(chrome).toBeHidden();
    }
    const ink = await page.locator('main .body-text p').first().evaluate((element) => getComputedStyle(element).color);
    const [r, g, b] = ink.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `body text prints dark (${ink})`).toBeLessThan(200);
  },
);

test('the accessibility statement has every part DIGG requires and lists the automated checks', async ({ page }) => {
  const { site } = await settings();
  expect(site.accessibilityPage).not.toBeNull();
  await page.goto(`/${site.accessibilityPage!.slug}/`);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.accessibilityPage!.title);
  const text = (await main.textContent()) ?? '';
  expect(text).toContain(site.accessibility!.serviceName!);
  expect(text).toContain(site.accessibility!.organisationName!);
  const statuses = ['helt förenlig', 'delvis förenlig', 'inte förenlig'].filter((status) => text.includes(status));
  expect(statuses, 'exactly one compliance status').toHaveLength(1);
  await expect(main.locator('a[href="https://www.digg.se/tdosanmalan"]')).toHaveCount(1);
  await expect(main.locator('a[href^="mailto:"]').first()).toBeVisible();
  for (const part of [/Innehåll som inte är tillgängligt/i, /9 §/, /12 §/, /Hur vi testat/i, /Så testar vi automatiskt/]) expect(text).toMatch(part);
  await expect(main.getByText(/^Bedömningen gjordes/)).toBeVisible();
  await expect(main.getByText(/^Redogörelsen uppdaterades senast/)).toBeVisible();
});
