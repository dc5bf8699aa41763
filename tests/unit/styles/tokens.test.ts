// Every text/background pair the templates use reaches WCAG AA contrast (4.5:1) in both colour
// schemes, so dark mode is as readable as light mode.
import { describe, expect, test } from 'vitest';
import { contrastPairs, palette } from '../../../tailwind.config';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each(['light', 'dark'] as const)('%s colours', (scheme) => {
  test.each(contrastPairs)('%s text on %s reaches 4.5:1', (text, background) => {
    expect(contrast(palette[text][scheme], palette[background][scheme])).toBeGreaterThanOrEqual(4.5);
  });
});

// WCAG 1.4.11: the edges of fields and the focus ring need 3:1 against what they sit on. On the
// brand-coloured help bar the ring is drawn in brand-ink (HelpBar.astro).
describe.each(['light', 'dark'] as const)('%s colours, non-text', (scheme) => {
  test.each([
    ['line', 'paper'],
    ['line', 'surface'],
    ['focus', 'paper'],
    ['focus', 'surface'],
    ['focus', 'help'],
    ['brand-ink', 'brand'],
  ] as const)('%s on %s reaches 3:1', (edge, background) => {
    expect(contrast(palette[edge][scheme], palette[background][scheme])).toBeGreaterThanOrEqual(3);
  });
});

test('the contrast formula matches known values', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
