import { chromium } from '@playwright/test';
const [path, width, scheme, dir] = [process.argv[2], Number(process.argv[3] ?? 1280), process.argv[4] ?? 'light', process.argv[5] ?? '/tmp/sp'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:5531' + path);
if (process.argv[6] === 'fill') {
  await page.locator('[data-plan-step] textarea').first().fill('أمي 070-123 45 67');
}
const height = await page.evaluate(() => document.documentElement.scrollHeight);
let n = 0;
for (let y = 0; y < Math.min(height, 4000); y += 900) {
  await page.screenshot({ path: `${dir}/shot-${n++}.png`, clip: { x: 0, y, width, height: Math.min(900, height - y) }, fullPage: true });
}
console.log(height, n);
await browser.close();
