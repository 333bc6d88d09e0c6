/**
 * Writes the numbers each link fixture must reproduce (tests/fixtures/links/v*.numbers.json).
 * Run only when the model changes on purpose: `npx tsx scripts/fixture-numbers.ts`, and say why
 * in the commit. Links themselves are never regenerated: old links must keep opening.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeScenarioLink } from '../src/lib/scenario/link-codec';
import { simulate } from '../src/lib/sim/run';
import { fixtureNumbers } from '../tests/unit/helpers/fixture-numbers';

const dir = join('tests', 'fixtures', 'links');
for (const file of readdirSync(dir).filter((f) => /^v\d+\.txt$/.test(f))) {
	const decoded = await decodeScenarioLink(readFileSync(join(dir, file), 'utf8').trim());
	if (!decoded.ok) throw new Error(`${file}: ${decoded.error.message}`);
	const numbers = fixtureNumbers(simulate(decoded.scenario));
	writeFileSync(
		join(dir, file.replace('.txt', '.numbers.json')),
		JSON.stringify(numbers, null, 2) + '\n'
	);
	console.log(file, numbers);
}
