// Arabic pages are laid out right to left, so components and styles name sides logically (start
// and end: `ms-`, `pe-`, `start-`, `text-start`, `border-s`, `margin-inline-start`) and mirror by
// themselves. A physical left or right (`ml-`, `pr-`, `left-`, `text-left`, `margin-left`) would
// stay put on an Arabic page: a border on the wrong side of a callout, a list indented away from
// its bullets, the chat panel in the wrong corner.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src/components', 'src/styles', 'src/portable-text', 'src/views', 'src/routing', 'src/layouts', 'src/scripts'];
const EXTENSIONS = /\.(astro|tsx?|css)$/;

/** Tailwind utilities for one physical side, with any variants (`sm:`, `focus:`) and a leading `-`. */
const PHYSICAL_UTILITY =
  /^(?:[\w-]+:|\[[^\]]*\]:)*!?-?(?:m[lr]-|p[lr]-|scroll-[mp][lr]-|left-|right-|text-(?:left|right)$|float-(?:left|right)$|clear-(?:left|right)$|border-[lr](?:-|$)|rounded-(?:[lr]|[tb][lr])(?:-|$))/;
/** CSS properties and values for one physical side. */
const PHYSICAL_CSS =
  /(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b|border-(?:top|bottom)-(?:left|right)-radius|(?:^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)\b|float\s*:\s*(?:left|right)\b/;

/** Comments say "left out" and "right to left"; only code counts. URLs keep their `//`. */
const withoutComments = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|\s)\/\/.*$/gm, '$1');

function physicalSides(source: string): string[] {
  const code = withoutComments(source);
  const found = code.split(/[\s"'`{}(),;=<>]+/).filter((token) => PHYSICAL_UTILITY.test(token));
  for (const line of code.split('\n')) {
    const match = PHYSICAL_CSS.exec(line);
    if (match) found.push(match[0].trim());
  }
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : EXTENSIONS.test(name) ? [path] : [];
  });
}

describe('right-to-left pages mirror: components and styles name sides logically', () => {
  it('finds physical sides in classes and CSS, and leaves logical ones and prose alone', () => {
    for (const bad of [
      'class="ml-2"',
      'class="sm:pr-4 x"',
      'class="-ml-1"',
      'class="text-left"',
      'className="fixed left-0"',
      '@apply border-l-4;',
      'class="rounded-tr-md"',
      'margin-left: 0;',
      '  right: 0;',
      'text-align: right;',
      'class="focus:float-left"',
    ]) {
      expect(physicalSides(bad), bad).not.toEqual([]);
    }
    for (const good of [
      'class="ms-2 pe-4 start-0 end-4 text-start border-s-4 rounded-s-md"',
      'margin-inline-start: 0;',
      '// left out',
      'warn("text block; left out")',
      'href="https://example.se/left-right"',
      'inset-inline-start: 0;',
    ]) {
      expect(physicalSides(good), good).toEqual([]);
    }
  });

  it('no page, layout, component, script, stylesheet or Portable Text output uses a physical left or right', () => {
    const problems = SCANNED.flatMap((dir) => files(join(ROOT, dir))).flatMap((path) => physicalSides(readFileSync(path, 'utf8')).map((found) => `${relative(ROOT, path)}: ${found}`));
    expect(problems).toEqual([]);
  });
});
