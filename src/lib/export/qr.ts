/**
 * A QR code as one SVG path (the `qrcode` package encodes; this only draws its modules), so the
 * printed report carries the scenario's link in a form a phone can open.
 */
import QRCode from 'qrcode';

/** The modules of a QR code: `size` × `size`, dark modules drawn by the path `d` (1 unit each). */
export interface QrPicture {
	size: number;
	d: string;
}

/** The QR code of `text` (error correction M: readable when printed small or slightly smudged). */
export function qrPicture(text: string): QrPicture {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size, data } = modules;
	let d = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			if (data[row * size + col]) d += `M${col} ${row}h1v1h-1z`;
		}
	}
	return { size, d };
}
