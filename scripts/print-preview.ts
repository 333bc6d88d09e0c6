/**
 * The printed report of a preset as PNG pages, to look at:
 * `npx tsx scripts/print-preview.ts <out-prefix> [preset] [en|vi]` (build first).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { serveBuild, launch, watchErrors, waitForDone } from '../tests/e2e/helpers/browser';
import { pdfPageCount, printReport } from '../tests/e2e/helpers/print';

const out = process.argv[2] ?? '/tmp/report';
const preset = process.argv[3] ?? 'default';
const language = process.argv[4] ?? 'en';
const server = await serveBuild();
const { context, close } = await launch();
await context.addInitScript((lang) => localStorage.setItem('cx-sim.locale', lang), language);
const page = await context.newPage();
const errors = watchErrors(page);
await page.goto(`${server.origin}/#preset=${preset}`);
await waitForDone(page, 120_000);
const pdf = await printReport(page);
writeFileSync(`${out}.pdf`, pdf);
execFileSync('pdftoppm', ['-png', '-r', '50', `${out}.pdf`, out]);
console.log('pages', pdfPageCount(pdf), 'errors', errors);
await close();
await server.close();
