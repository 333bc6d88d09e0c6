/** Take screenshots of the built site in real Chromium: `npx tsx scripts/screenshot.ts [out-dir] [hash]`. */
import { serveBuild, launch, watchErrors, waitForDone } from '../tests/e2e/helpers/browser';
const out = process.argv[2] ?? '/tmp/shots';
const hash = process.argv[3] ?? '';
const server = await serveBuild();
const { context, close } = await launch();
const page = await context.newPage();
const errors = watchErrors(page);
await page.goto(`${server.origin}/${hash}`);
await waitForDone(page, 120_000);
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}-top.png` });
await page.screenshot({ path: `${out}-full.png`, fullPage: true });
console.log('errors', errors);
await close();
await server.close();
