/**
 * URL fragments that the router can read. SvelteKit decodes the fragment with
 * `decodeURIComponent` to scroll to it, which throws "URIError: URI malformed" on a stray '%'
 * (`#s=%%%`, a link cut after a '%') or an escape of broken UTF-8. Writing such a '%' as '%25'
 * changes nothing the app reads — URLSearchParams leaves a malformed escape as it is, so the
 * link still reads as damaged — but leaves the router nothing to throw on.
 */

/** `hash` (with or without '#'), with the '%' signs that cannot be decoded written as '%25'. */
export function decodableHash(hash: string): string {
	if (decodes(hash)) return hash;
	const stray = hash.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
	// Well-formed escapes of bytes that are not UTF-8 (`%E0%A4`): keep every '%' literal.
	return decodes(stray) ? stray : hash.replace(/%/g, '%25');
}

function decodes(text: string): boolean {
	try {
		// The result is used: a minifier drops a call it thinks pure when its value is unused.
		return typeof decodeURIComponent(text) === 'string';
	} catch {
		return false;
	}
}
