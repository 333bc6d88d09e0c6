/** The printed report as a test or a person gets it: the Print button, then Chromium's PDF. */
import type { Page } from 'playwright-core';

/**
 * Clicks Print (the browser's dialog replaced by a no-op), waits for the report's footer link,
 * and returns the A4 PDF Chromium makes of the page.
 */
export async function printReport(page: Page): Promise<Buffer> {
	await page.evaluate(() => {
		(window as unknown as { printCalls: number }).printCalls = 0;
		window.print = () => {
			(window as unknown as { printCalls: number }).printCalls++;
		};
	});
	await page.locator('[data-action="print"]').click();
	await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls > 0);
	await page.waitForFunction(
		() => (document.querySelector('[data-testid="report-link"]')?.textContent ?? '') !== ''
	);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
	await page.emulateMedia({ media: 'screen' });
	return pdf;
}

/** Pages in a PDF made by Chromium (one `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
