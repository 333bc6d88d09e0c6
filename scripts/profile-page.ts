/**
 * `npx tsx scripts/profile-page.ts`: one edit of the built page (default scenario) under the
 * Chromium profiler; prints the main thread's heaviest functions (self time) and the workers'.
 * A diagnostic for `npm run bench:browser`, not a test.
 */
import { launchBrowser, serveBuild, waitForDone } from '../tests/e2e/helpers/browser';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

function top(profile: Profile, count: number): string[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const node = byId.get(id)!;
		const f = node.callFrame;
		const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
		const dt = profile.timeDeltas[i] ?? 0;
		self.set(key, (self.get(key) ?? 0) + dt);
		total += dt;
	});
	return [...self]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(
			([key, us]) =>
				`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`
		);
}

const server = await serveBuild();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
	await page.goto(`${server.origin}/`);
	await waitForDone(page, 180_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.start');
	await page.evaluate(`(() => {
		const input = document.getElementById('f-strategies-1-cxInvestmentMonthly');
		input.value = '380000';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.dispatchEvent(new Event('change', { bubbles: true }));
	})()`);
	await page.waitForTimeout(50);
	await waitForDone(page, 180_000);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	console.log('main thread, self time:');
	for (const line of top(profile, 25)) console.log(line);
} finally {
	await browser.close();
	await server.close();
}
