/** Names of decision items in the reader's language. */
import { fieldMessageKey, type MessageKey, type MessageParams } from '../../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** An uncertain input's label from its field path, with the strategy's name for strategy inputs. */
export function parameterLabel(
	t: Translate,
	path: string,
	strategyNames: readonly string[]
): string {
	const key = fieldMessageKey(path, 'label');
	const label = key ? t(key) : path;
	const match = /^strategies\[(\d+)\]/.exec(path);
	const strategy = match ? strategyNames[Number(match[1])] : undefined;
	return strategy ? `${label} (${strategy})` : label;
}
