/** axe-core in the page under test: every WCAG 2 A/AA rule (and best practices) on the document. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** One axe violation, shortened to what a failing test needs to show. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** Runs axe on the whole page and returns its violations (an empty list when all is well). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
		await page.addScriptTag({ path: AXE_PATH });
	}
	return (await page.evaluate(`axe.run(document, {
		runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
		resultTypes: ['violations']
	}).then((r) => r.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' '))
	})))`)) as AxeViolation[];
}
