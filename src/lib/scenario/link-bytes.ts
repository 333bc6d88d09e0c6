/**
 * The byte layer of links: deflate-raw through the platform's (De)CompressionStream, with an
 * output limit, and base64url. No scenario knowledge here (see link-codec.ts).
 */

/** Writes `input` through a (de)compression stream and collects the output, up to `limit` bytes. */
async function drain(
	stream: CompressionStream | DecompressionStream,
	input: Uint8Array<ArrayBuffer>,
	limit = Infinity
): Promise<Uint8Array<ArrayBuffer>> {
	const writer = stream.writable.getWriter();
	// A failure rejects the write, the close and the read alike; the read reports it, so the other
	// two are silenced rather than left as unhandled rejections.
	writer.write(input).catch(() => {});
	writer.close().catch(() => {});
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			reader.cancel().catch(() => {});
			throw new PayloadTooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

class PayloadTooLarge extends Error {}

/**
 * Runtimes word "the input ended early" differently: Node's zlib says "unexpected end of file"
 * (code Z_BUF_ERROR), Chromium "Compressed input was truncated."; anything else is damage.
 */
const TRUNCATION = /truncat|unexpected end/i;

function isTruncation(error: unknown): boolean {
	if ((error as { code?: unknown } | null)?.code === 'Z_BUF_ERROR') return true;
	return TRUNCATION.test(error instanceof Error ? error.message : String(error));
}

/** The outcome of inflating: the bytes, or why there are none. */
export type Inflated =
	| { ok: true; bytes: Uint8Array<ArrayBuffer> }
	| { ok: false; reason: 'truncated' | 'corrupt' | 'too-large' };

/** deflate-raw of the UTF-8 bytes of `text`. */
export function deflate(text: string): Promise<Uint8Array<ArrayBuffer>> {
	return drain(new CompressionStream('deflate-raw'), new TextEncoder().encode(text));
}

/** Inflates deflate-raw `bytes`, refusing more than `limit` bytes of output (deflate bombs). */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Inflated> {
	try {
		return { ok: true, bytes: await drain(new DecompressionStream('deflate-raw'), bytes, limit) };
	} catch (error) {
		if (error instanceof PayloadTooLarge) return { ok: false, reason: 'too-large' };
		return { ok: false, reason: isTruncation(error) ? 'truncated' : 'corrupt' };
	}
}

const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	// In slices: spreading a large array into one call overflows the argument limit.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether the last character of a base64url string has no stray low bits (unpadded groups). */
export function isCanonical(text: string): boolean {
	const body = text.replace(/=+$/, '');
	if (body.length % 4 < 2) return body.length % 4 === 0;
	const last = BASE64URL_ALPHABET.indexOf(body[body.length - 1]!);
	return (last & (body.length % 4 === 2 ? 0b1111 : 0b11)) === 0;
}

/** The bytes of a base64url string (padding optional), or null when it is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!BASE64URL.test(text)) return null;
	let body = text.replace(/=+$/, '');
	// A length of 4k + 1 cannot be produced by an encoder but is what cutting a link leaves: drop
	// the dangling character and let inflation (or the checksum) report the truncation.
	if (body.length % 4 === 1) body = body.slice(0, -1);
	let binary: string;
	try {
		binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
