// Renders public/icon/*.png from scripts/icon.svg with Debian's Chromium. Run by hand when the icon changes.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/setup.mjs';

const svg = readFileSync('scripts/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium() });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
