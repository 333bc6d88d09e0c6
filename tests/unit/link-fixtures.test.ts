/** Every link ever published keeps opening with the same numbers (one fixture per format version). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { simulate } from '../../src/lib/sim/run';
import { fixtureNumbers } from './helpers/fixture-numbers';

const dir = join('tests', 'fixtures', 'links');
const fixtures = readdirSync(dir).filter((f) => /^v\d+\.txt$/.test(f));

describe('link fixtures', () => {
	it('has one fixture per format version, starting at v1', () => {
		expect(fixtures).toContain('v1.txt');
	});

	it.each(fixtures)('%s opens with the same numbers', async (file) => {
		const decoded = await decodeScenarioLink(readFileSync(join(dir, file), 'utf8').trim());
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		const expected = JSON.parse(
			readFileSync(join(dir, file.replace('.txt', '.numbers.json')), 'utf8')
		);
		expect(fixtureNumbers(simulate(decoded.scenario))).toEqual(expected);
	});
});
