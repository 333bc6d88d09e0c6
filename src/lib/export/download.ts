/** Saving a file the page made: a Blob behind a temporary object URL and a clicked link. */

/** Offers `blob` as a download called `name`. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	Object.assign(document.createElement('a'), { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `text` as a download called `name` with the media type `type`. */
export function downloadText(text: string, name: string, type: string): void {
	downloadBlob(new Blob([text], { type }), name);
}

/** A file name from free text: "Q3: plan" → "Q3 plan" (without extension). */
export function safeBaseName(name: string, fallback = 'export'): string {
	const base = name
		// eslint-disable-next-line no-control-regex
		.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+/, '')
		.slice(0, 100)
		.trim();
	return base || fallback;
}
