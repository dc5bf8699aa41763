// Design tokens. Colours come in light and dark pairs (chosen by prefers-color-scheme) and every
// text/background pair used on the site has at least 4.5:1 contrast (tests/unit/styles/tokens.test.ts
// checks it). Fonts are the visitor's own system fonts: nothing is fetched from elsewhere.
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

export const palette = {
  ink: { light: '#1b1f24', dark: '#eef1f4' },
  muted: { light: '#4a5560', dark: '#b9c3cc' },
  paper: { light: '#ffffff', dark: '#12161b' },
  surface: { light: '#eef4f3', dark: '#1c232a' },
  line: { light: '#6b7a86', dark: '#7f8e9a' },
  brand: { light: '#0b5d5b', dark: '#7fd1c9' },
  'brand-ink': { light: '#ffffff', dark: '#0b1f1e' },
  link: { light: '#0a4f8a', dark: '#9cc9ff' },
  help: { light: '#fff4d6', dark: '#2b2515' },
  'help-ink': { light: '#3b2f00', dark: '#f7e8bf' },
  exit: { light: '#a4161a', dark: '#ff8a80' },
  'exit-ink': { light: '#ffffff', dark: '#2a0606' },
  focus: { light: '#0b3d91', dark: '#ffd54a' },
} as const;

export type Token = keyof typeof palette;

/** Text/background pairs the templates use; each must reach 4.5:1 in both schemes. */
export const contrastPairs: Array<[text: Token, background: Token]> = [
  ['ink', 'paper'],
  ['ink', 'surface'],
  ['muted', 'paper'],
  ['muted', 'surface'],
  ['brand', 'paper'],
  ['brand-ink', 'brand'],
  ['link', 'paper'],
  ['link', 'surface'],
  ['help-ink', 'help'],
  ['link', 'help'],
  ['exit-ink', 'exit'],
  ['exit', 'paper'],
  ['brand', 'surface'],
  ['focus', 'paper'],
];

const variables = (scheme: 'light' | 'dark') => Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--color-${name}`, value[scheme]]));

export default {
  content: ['./src/**/*.{astro,ts,tsx}'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palette).map((name) => [name, `var(--color-${name})`])),
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', '"Liberation Sans"', 'sans-serif'],
      },
      // A readable scale: body text never below 1.0625rem (17 px), generous line height.
      fontSize: {
        sm: ['0.9375rem', { lineHeight: '1.5' }],
        base: ['1.0625rem', { lineHeight: '1.65' }],
        lg: ['1.1875rem', { lineHeight: '1.6' }],
        xl: ['1.375rem', { lineHeight: '1.4' }],
        '2xl': ['1.625rem', { lineHeight: '1.3' }],
        // Page titles shrink a little on phones, so long compound words fit a 320 px screen.
        '3xl': ['clamp(1.625rem, 1.2rem + 2vw, 2rem)', { lineHeight: '1.2' }],
      },
      maxWidth: { prose: '42rem' },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ':root': { ...variables('light'), colorScheme: 'light dark' },
        // Screen only: paper is white, so print keeps the light (dark-ink) colours.
        '@media screen and (prefers-color-scheme: dark)': { ':root': variables('dark') },
      });
    }),
  ],
} satisfies Config;
