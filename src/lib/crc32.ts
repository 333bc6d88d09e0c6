/**
 * CRC-32 (IEEE 802.3, the polynomial of zip, gzip and PNG), table-driven.
 *
 * Written here rather than taken from a package: it is twelve lines, the browser has no built-in
 * CRC, and both the link codec (in the page) and the shard files (in the CLI) need the same
 * function. Unlike a truncated cryptographic hash it gives guarantees, not odds: it detects every
 * error burst up to 32 bits long (so any one changed base64 character, which alters at most 6
 * adjacent bits) and every 1-, 2- or 3-bit error in messages up to 11 KiB. The tests check it
 * against Node's zlib.crc32.
 */

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** The CRC-32 of `bytes`, continuing from `previous` (the CRC of the bytes before them). */
export function crc32(bytes: Uint8Array, previous = 0): number {
	let c = ~previous;
	for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
	return ~c >>> 0;
}
