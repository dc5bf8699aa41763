// The way to the crisis plan from the places that offer help (PlanLink.astro): in the page's
// language, to its own plan page or its relatives' guide, never part of what search indexes, and
// nothing where the language version has no plan page.
import { describe, expect, it } from 'vitest';
import PlanLink from '../../../src/components/contact/PlanLink.astro';
import type { SafetyPlan } from '../../../src/data/content';
import { renderComponent } from '../../support/components';

const plan = { path: '/en/my-crisis-plan/', together: { path: '/en/crisis-plan-together/' } } as SafetyPlan;

describe('the link to the crisis plan', () => {
  it('leads to the plan in the page\u2019s language, as a line or a card', async () => {
    expect(await renderComponent(PlanLink, { locale: 'en', content: { safetyPlan: plan } })).toBe(
      '<p class="mt-2 font-semibold" data-pagefind-ignore><a href="/en/my-crisis-plan/">Make your crisis plan</a></p>',
    );
    const card = await renderComponent(PlanLink, { props: { layout: 'card' }, locale: 'en', content: { safetyPlan: plan } });
    expect(card).toContain('<a href="/en/my-crisis-plan/"');
    expect(card).toMatch(/^<div[^>]* data-pagefind-ignore>/);
    expect(card).toContain('It is only kept if you print it or save it yourself.');
  });

  it('leads relatives to the guide to making a plan together', async () => {
    const card = await renderComponent(PlanLink, { props: { to: 'together', layout: 'card' }, locale: 'en', content: { safetyPlan: plan } });
    expect(card).toContain('<a href="/en/crisis-plan-together/"');
    expect(card).toContain('Making a crisis plan together with someone');
  });

  it('is left out where the language version has no plan page or no guide', async () => {
    expect(await renderComponent(PlanLink, { locale: 'ar', content: { safetyPlan: null } })).toBe('');
    expect(await renderComponent(PlanLink, { props: { to: 'together' }, locale: 'en', content: { safetyPlan: { ...plan, together: null } } })).toBe('');
  });
});
