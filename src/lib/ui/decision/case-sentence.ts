/** The one plain sentence that states a business case, in the reader's language. */
import type { MessageKey, MessageParams } from '../../i18n';
import type { Formatters } from '../../i18n/format';
import type { DecisionComparison } from '../../decision/analyse';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function caseSentence(
	t: Translate,
	format: Formatters,
	comparison: DecisionComparison,
	names: { challenger: string; baseline: string },
	currency: string
): string {
	const bc = comparison.businessCase;
	const npv = bc.net.presentValue;
	const money = (x: number) => format.money(x, currency, true);
	const first = t(npv >= 0 ? 'decide.sentence.gain' : 'decide.sentence.loss', {
		...names,
		npv: money(Math.abs(npv)),
		p10: money(bc.risk.p10.presentValue),
		p90: money(bc.risk.p90.presentValue),
		probability: format.percent(bc.probabilityPositive, 0)
	});
	const second =
		bc.paybackMonth === null
			? t('decide.sentence.noPayback')
			: t('decide.sentence.payback', { month: String(bc.paybackMonth) });
	return `${first} ${second}`;
}
