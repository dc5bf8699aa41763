// The crisis plan as a file the visitor keeps: made in the browser, never sent anywhere, and read
// back by the same page. Two kinds, both readable without this site:
// - a web page: self-contained (its style inline, no script, nothing loaded from anywhere), in the
//   page's language and direction; each step's entries in a list marked `data-step`, which is what
//   reading it back looks for;
// - a text file: the title, then each step as "1. Heading" with its entries as "- " lines (an
//   entry's further lines indented by two spaces), then the help contacts as "* " lines.

export type SavedStep = { id: string; heading: string; entries: string[] };
export type SavedPlan = {
  lang: string;
  dir: string;
  title: string;
  steps: SavedStep[];
  /** The ways to get help now: their heading and one line each. */
  help: { heading: string; lines: string[] };
};

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const FILE_STYLE =
  'body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:42rem;margin:1.5rem auto;padding:0 1rem;color:#1b1f24;background:#fff}h1{font-size:1.6rem}h2{font-size:1.15rem;margin:1.25rem 0 .25rem}ul{margin:0;padding-inline-start:1.25rem}bdi{white-space:nowrap}@media print{body{margin:0;font-size:10pt}}';

/**
 * The plan as a web page. `entryHtml` turns an entry's text into escaped HTML, its lines kept
 * (numbers isolated and phone numbers linked by the site's rule, src/lib/phone.ts).
 */
export function planAsHtml(plan: SavedPlan, entryHtml: (text: string) => string): string {
  const lines = (texts: string[]) => texts.map((text) => `<li>${entryHtml(text)}</li>`).join('');
  const steps = plan.steps.map((step, index) => `<section><h2><bdi dir="ltr">${index + 1}</bdi>. ${escape(step.heading)}</h2><ul data-step="${escape(step.id)}">${lines(step.entries)}</ul></section>`);
  return [
    `<!doctype html><html lang="${escape(plan.lang)}" dir="${escape(plan.dir)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(plan.title)}</title><style>${FILE_STYLE}</style></head>`,
    `<body><h1>${escape(plan.title)}</h1>${steps.join('')}`,
    `<section><h2>${escape(plan.help.heading)}</h2><ul>${lines(plan.help.lines)}</ul></section></body></html>\n`,
  ].join('');
}

/** The plan as plain text. */
export function planAsText(plan: SavedPlan): string {
  const out = [plan.title, ''];
  plan.steps.forEach((step, index) => {
    out.push(`${index + 1}. ${step.heading}`);
    for (const entry of step.entries) entry.split('\n').forEach((line, at) => out.push(`${at ? '  ' : '- '}${line}`));
    out.push('');
  });
  out.push(plan.help.heading, ...plan.help.lines.map((line) => `* ${line}`));
  return `${out.join('\n')}\n`;
}

/**
 * The entries of each step (by its number in the file, 1 for the first) from a saved text file;
 * null when the text holds no numbered step at all.
 */
export function entriesFromText(text: string, count: number): string[][] | null {
  const steps: string[][] = Array.from({ length: count }, () => []);
  let current: string[] | undefined;
  let found = false;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const heading = /^(\d+)\.\s/.exec(line);
    if (heading) {
      current = steps[Number(heading[1]) - 1];
      found = true;
    } else if (current && line.startsWith('- ')) current.push(line.slice(2));
    else if (current?.length && line.startsWith('  ')) current[current.length - 1] += `\n${line.slice(2)}`;
    // Anything else (the help contacts after the steps) ends the step.
    else if (line.trim()) current = undefined;
  }
  return found ? steps : null;
}
