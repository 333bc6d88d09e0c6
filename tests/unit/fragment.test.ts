/** Fragments the router can decode, with the same meaning for the app (see fragment.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodableHash } from '../../src/lib/scenario/fragment';

const params = (hash: string) => [...new URLSearchParams(hash.slice(1))];

describe('decodableHash', () => {
	it.each(['', '#', '#results', '#s2=AbC-_', '#preset=a%20b', '#s=%C3%A1'])(
		'leaves the well-formed %j alone',
		(hash) => {
			expect(decodableHash(hash)).toBe(hash);
		}
	);

	it.each(['#s=%%%', '#s2=AAAA%', '#s=%4', '#preset=x%zz', '#%'])(
		'escapes the stray "%" of %j; the app reads the same parameters',
		(hash) => {
			const repaired = decodableHash(hash);
			expect(() => decodeURIComponent(repaired)).not.toThrow();
			expect(params(repaired)).toEqual(params(hash));
		}
	);

	it('keeps escapes of broken UTF-8 literal, so the router can decode them', () => {
		const repaired = decodableHash('#s=%E0%A4');
		expect(repaired).toBe('#s=%25E0%25A4');
		expect(() => decodeURIComponent(repaired)).not.toThrow();
	});

	it('always returns something decodeURIComponent accepts', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('%', 'A', 'e', '0', '=', '&', 'é', '9') }),
				(text) => {
					expect(() => decodeURIComponent(decodableHash(`#${text}`))).not.toThrow();
				}
			),
			{ numRuns: 500 }
		);
	});
});
