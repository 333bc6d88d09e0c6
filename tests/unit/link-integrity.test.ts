/**
 * Links cannot silently change (issue 11): every single-character change of a version-2 link and
 * every single- or double-bit flip of its bytes is refused with a damaged-link message, and none
 * opens another scenario. (Version-1 links have no checksum; about 1% of such changes decoded to
 * a different valid scenario.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink, type LinkResult } from '../../src/lib/scenario/link-codec';
import { linkErrorLine } from '../../src/lib/state/share.svelte';

const FIXTURE = readFileSync(
	join(import.meta.dirname, '..', 'fixtures', 'links', 'v2.txt'),
	'utf8'
).trim();
const PAYLOAD = FIXTURE.slice('s2='.length);
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Replacement characters: the payload alphabet and what URLs and copy-paste add. */
const REPLACEMENTS = `${BASE64URL}%&=+#. ~!*'()`;

/** What the page would say: undefined when the link opened (the failure this test hunts). */
function pageMessage(result: LinkResult): string | undefined {
	return result.ok ? undefined : linkErrorLine(result.error).key;
}

function bytesOf(payload: string): Uint8Array {
	return new Uint8Array(Buffer.from(payload, 'base64url'));
}

function linkOf(bytes: Uint8Array): string {
	return `s2=${Buffer.from(bytes).toString('base64url')}`;
}

describe('version-2 link integrity', () => {
	it('the fixture opens', async () => {
		expect(FIXTURE.startsWith('s2=')).toBe(true);
		expect((await decodeScenarioLink(FIXTURE)).ok).toBe(true);
	});

	it('refuses every single-character change anywhere in the link as damaged', async () => {
		const seen = new Map<string, number>();
		let tried = 0;
		for (let position = 0; position < FIXTURE.length; position++) {
			for (const replacement of REPLACEMENTS) {
				if (replacement === FIXTURE[position]) continue;
				const damaged = FIXTURE.slice(0, position) + replacement + FIXTURE.slice(position + 1);
				const result = await decodeScenarioLink(damaged);
				const message = pageMessage(result);
				if (message !== 'link.corrupt' && message !== 'link.truncated') {
					throw new Error(`position ${position} → ${replacement}: ${message ?? 'opened'}`);
				}
				seen.set(message, (seen.get(message) ?? 0) + 1);
				tried++;
			}
		}
		expect(tried).toBeGreaterThan(FIXTURE.length * (REPLACEMENTS.length - 2));
		// "Cut off" only where a change shortens the link or raises its recorded length.
		expect(seen.get('link.corrupt')! / tried).toBeGreaterThan(0.97);
	});

	it('refuses every single-bit flip of the payload bytes, and says damaged', async () => {
		const original = bytesOf(PAYLOAD);
		for (let bit = 0; bit < original.length * 8; bit++) {
			const copy = original.slice();
			copy[bit >> 3]! ^= 1 << (bit & 7);
			const result = await decodeScenarioLink(linkOf(copy));
			const message = pageMessage(result);
			// Raising a bit of the recorded length makes the link look cut off; anything else is damage.
			const inLength = bit >> 3 >= 4 && bit >> 3 < 8;
			if (!(message === 'link.corrupt' || (inLength && message === 'link.truncated'))) {
				throw new Error(`bit ${bit}: ${message ?? 'opened'}`);
			}
		}
		expect(original.length).toBeGreaterThan(900);
	});

	it('refuses 5,000 double-bit flips and 2,000 random byte changes', async () => {
		const original = bytesOf(PAYLOAD);
		let state = 12_345;
		const next = (n: number) => {
			state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
			return state % n;
		};
		let refused = 0;
		for (let trial = 0; trial < 7_000; trial++) {
			const copy = original.slice();
			if (trial < 5_000) {
				const a = next(copy.length * 8);
				let b = next(copy.length * 8);
				if (b === a) b = (a + 1) % (copy.length * 8);
				copy[a >> 3]! ^= 1 << (a & 7);
				copy[b >> 3]! ^= 1 << (b & 7);
			} else {
				const at = next(copy.length);
				copy[at] = (copy[at]! + 1 + next(255)) & 0xff;
			}
			const result = await decodeScenarioLink(linkOf(copy));
			if (result.ok) throw new Error(`trial ${trial} opened a scenario`);
			refused++;
		}
		expect(refused).toBe(7_000);
	});

	it('refuses a last character with stray bits (non-canonical base64)', async () => {
		expect(PAYLOAD.length % 4).not.toBe(0); // the fixture ends in a partial group
		// The lowest bit of a last character in a partial group carries no data.
		const variant = BASE64URL[BASE64URL.indexOf(PAYLOAD.at(-1)!) ^ 1]!;
		expect(Buffer.from(PAYLOAD.slice(0, -1) + variant, 'base64url')).toEqual(
			Buffer.from(PAYLOAD, 'base64url')
		);
		expect(pageMessage(await decodeScenarioLink(`s2=${PAYLOAD.slice(0, -1)}${variant}`))).toBe(
			'link.corrupt'
		);
	});
});
